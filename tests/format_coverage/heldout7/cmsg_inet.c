// recvmsg's control messages on loopback UDP: IP_PKTINFO, IP_TTL, IP_TOS, all at once; IPv6's IPV6_PKTINFO, IPV6_HOPLIMIT, IPV6_TCLASS; a short control buffer.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
static void receive(int s, int ctllen) {
  char data[8];
  char ctl[256];
  struct iovec io = {data, sizeof data};
  struct msghdr m = {.msg_iov = &io, .msg_iovlen = 1, .msg_control = ctl, .msg_controllen = ctllen};
  syscall(SYS_recvmsg, s, &m, 0);
}
static void on(int s, int level, int name) {
  int one = 1;
  setsockopt(s, level, name, &one, sizeof one);
}
int main(void) {
  int r = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  bind(r, (struct sockaddr *)&a, sizeof a);
  socklen_t al = sizeof a;
  getsockname(r, (struct sockaddr *)&a, &al);
  int w = socket(AF_INET, SOCK_DGRAM, 0);
  on(r, SOL_IP, IP_PKTINFO);
  sendto(w, "a", 1, 0, (struct sockaddr *)&a, sizeof a);
  receive(r, 256);
  on(r, SOL_IP, IP_RECVTTL);
  on(r, SOL_IP, IP_RECVTOS);
  sendto(w, "b", 1, 0, (struct sockaddr *)&a, sizeof a);
  receive(r, 256);
  sendto(w, "c", 1, 0, (struct sockaddr *)&a, sizeof a);
  receive(r, 24);
  int r6 = socket(AF_INET6, SOCK_DGRAM, 0);
  struct sockaddr_in6 b;
  memset(&b, 0, sizeof b);
  b.sin6_family = AF_INET6;
  b.sin6_addr = in6addr_loopback;
  bind(r6, (struct sockaddr *)&b, sizeof b);
  al = sizeof b;
  getsockname(r6, (struct sockaddr *)&b, &al);
  int w6 = socket(AF_INET6, SOCK_DGRAM, 0);
  on(r6, SOL_IPV6, IPV6_RECVPKTINFO);
  on(r6, SOL_IPV6, IPV6_RECVHOPLIMIT);
  on(r6, SOL_IPV6, IPV6_RECVTCLASS);
  sendto(w6, "d", 1, 0, (struct sockaddr *)&b, sizeof b);
  receive(r6, 256);
  return 0;
}
