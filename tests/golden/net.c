/* Golden program: sockets over loopback and AF_UNIX. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int main(void) {
  int u = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  struct sockaddr_un un;
  memset(&un, 0, sizeof(un));
  un.sun_family = AF_UNIX;
  strcpy(un.sun_path, "/nonexistent/socket");
  connect(u, (struct sockaddr*)&un, sizeof(un));
  close(u);
  int sv[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
  send(sv[0], "ping", 4, 0);
  char buf[16];
  recv(sv[1], buf, sizeof(buf), MSG_DONTWAIT);
  recv(sv[1], buf, sizeof(buf), MSG_DONTWAIT);
  close(sv[0]);
  close(sv[1]);
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in in;
  memset(&in, 0, sizeof(in));
  in.sin_family = AF_INET;
  in.sin_port = htons(9);
  in.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  sendto(s, "x", 1, 0, (struct sockaddr*)&in, sizeof(in));
  shutdown(s, SHUT_RDWR);
  close(s);
  return 0;
}
