// Socket options newer than strace 6.1, which names none of them: SO_PASSPIDFD set and read, SO_PEERPIDFD of a socketpair (a pidfd returned), an SCM_PIDFD control message received, SO_PASSRIGHTS, SO_RCVPRIORITY; IP_LOCAL_PORT_RANGE set and read, IP_PROTOCOL; TCP_RTO_MAX_MS and TCP_RTO_MIN_US.
#define _GNU_SOURCE
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
static void get(int s, int level, int name) {
  int v[4] = {0};
  socklen_t l = sizeof(int);
  syscall(SYS_getsockopt, s, level, name, v, &l);
}
int main(void) {
  int one = 1;
  int p[2];
  syscall(SYS_socketpair, AF_UNIX, SOCK_DGRAM, 0, p);
  syscall(SYS_setsockopt, p[0], SOL_SOCKET, 76, &one, sizeof one);
  get(p[0], SOL_SOCKET, 76);
  get(p[0], SOL_SOCKET, 77);
  syscall(SYS_sendto, p[1], "x", 1, 0, NULL, 0);
  char buf[4], cbuf[64];
  struct iovec iov = {buf, sizeof buf};
  struct msghdr mh;
  memset(&mh, 0, sizeof mh);
  mh.msg_iov = &iov;
  mh.msg_iovlen = 1;
  mh.msg_control = cbuf;
  mh.msg_controllen = sizeof cbuf;
  syscall(SYS_recvmsg, p[0], &mh, 0);
  syscall(SYS_setsockopt, p[0], SOL_SOCKET, 83, &one, sizeof one);
  get(p[0], SOL_SOCKET, 83);
  syscall(SYS_setsockopt, p[0], SOL_SOCKET, 82, &one, sizeof one);
  int u = syscall(SYS_socket, AF_INET, SOCK_DGRAM, 0);
  unsigned range = (50000u << 16) | 40000u;
  syscall(SYS_setsockopt, u, SOL_IP, 51, &range, sizeof range);
  get(u, SOL_IP, 51);
  get(u, SOL_IP, 52);
  int t = syscall(SYS_socket, AF_INET, SOCK_STREAM, 0);
  int ms = 5000;
  syscall(SYS_setsockopt, t, SOL_TCP, 44, &ms, sizeof ms);
  get(t, SOL_TCP, 44);
  get(t, SOL_TCP, 45);
  return 0;
}
