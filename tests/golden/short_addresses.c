/* Golden program: socket addresses shown only as far as the length given.
 * The kernel writes an address (accept, accept4, getsockname, getpeername,
 * recvfrom) cut to the caller's length and returns the full one: strace
 * prints what fits ("{sa_family=AF_UNIX}, [2 => 9]"), the address when not
 * even the family fits. An input address shorter than its family's struct
 * is shown as bytes. Sockets are bound to relative paths in the directory
 * given as argv[1] (a sun_path holds only 108 bytes). */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

static struct sockaddr_un Named(const char* name) {
  struct sockaddr_un a = {AF_UNIX};
  for (int i = 0; name[i] != '\0'; ++i) a.sun_path[i] = name[i];
  return a;
}

int main(int argc, char** argv) {
  if (argc < 2 || chdir(argv[1]) != 0) return 1;
  struct sockaddr_un listening = Named("golden-listen"), got;
  unlink(listening.sun_path);
  int l = socket(AF_UNIX, SOCK_STREAM, 0);
  bind(l, (struct sockaddr*)&listening, sizeof listening);
  listen(l, 5);
  int c = socket(AF_UNIX, SOCK_STREAM, 0);
  connect(c, (struct sockaddr*)&listening, sizeof listening);
  socklen_t len = 2;
  accept(l, (struct sockaddr*)&got, &len);
  len = 2;
  getsockname(c, (struct sockaddr*)&got, &len);
  len = 5;
  getpeername(c, (struct sockaddr*)&got, &len);
  len = 0;
  getpeername(c, (struct sockaddr*)&got, &len);
  len = 1;
  getsockname(l, (struct sockaddr*)&got, &len);
  len = 64;
  getsockname(l, (struct sockaddr*)&got, &len);
  connect(socket(AF_UNIX, SOCK_STREAM, 0), (struct sockaddr*)&listening, sizeof listening);
  len = 3;
  syscall(SYS_accept4, l, &got, &len, SOCK_NONBLOCK);
  connect(c, (struct sockaddr*)&listening, 2);
  connect(c, (struct sockaddr*)&listening, 5);
  bind(c, (struct sockaddr*)&listening, 1);

  struct sockaddr_un receiver = Named("golden-dgram-in"), sender = Named("golden-dgram-out");
  unlink(receiver.sun_path);
  unlink(sender.sun_path);
  int in = socket(AF_UNIX, SOCK_DGRAM, 0), out = socket(AF_UNIX, SOCK_DGRAM, 0);
  bind(in, (struct sockaddr*)&receiver, sizeof receiver);
  bind(out, (struct sockaddr*)&sender, sizeof sender);
  char buf[4];
  sendto(out, "x", 1, 0, (struct sockaddr*)&receiver, sizeof receiver);
  len = 4;
  recvfrom(in, buf, sizeof buf, 0, (struct sockaddr*)&got, &len);
  sendto(out, "y", 1, 0, (struct sockaddr*)&receiver, sizeof receiver);
  len = 64;
  recvfrom(in, buf, sizeof buf, 0, (struct sockaddr*)&got, &len);

  int udp = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in discard = {AF_INET, htons(9), {htonl(INADDR_LOOPBACK)}};
  sendto(udp, "z", 1, 0, (struct sockaddr*)&discard, 8);
  connect(udp, (struct sockaddr*)&discard, 2);

  // A length cell of -1 is an int to strace ("[-1]"), and a control message
  // whose cmsg_len is shorter than its header ends the list there.
  len = (socklen_t)-1;
  getsockname(udp, (struct sockaddr*)&got, &len);
  int pair[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, pair);
  union { char bytes[64]; struct cmsghdr header; } control;
  memset(&control, 0, sizeof control);
  control.header.cmsg_len = 4;
  control.header.cmsg_level = SOL_SOCKET;
  control.header.cmsg_type = 77;
  struct iovec data = {"hi", 2};
  struct msghdr message = {.msg_iov = &data, .msg_iovlen = 1, .msg_control = control.bytes, .msg_controllen = 56};
  sendmsg(pair[0], &message, 0);
  message.msg_controllen = 12;
  sendmsg(pair[0], &message, 0);
  unlink(listening.sun_path);
  unlink(receiver.sun_path);
  unlink(sender.sun_path);
  return 0;
}
