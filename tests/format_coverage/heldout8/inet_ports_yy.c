// Socket details under -yy and -y: UDP and TCP over 127.0.0.1 and ::1 on fixed ports, a connected TCP pair reset at close (no TIME_WAIT), UNIX seqpacket with a path and an abstract name, a netlink socket bound to a fixed port id.
// compare-options: -yy
// compare-options: -y
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <stddef.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>
#define D "/tmp/lzp-h8-inet_ports_yy"
static struct sockaddr_in in4(int port) {
  struct sockaddr_in a;
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return a;
}
int main(void) {
  int one = 1;
  struct linger lg = {1, 0};
  int u = syscall(SYS_socket, AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in a = in4(47811), b = in4(47812), c = in4(47813);
  syscall(SYS_bind, u, &a, sizeof a);
  syscall(SYS_connect, u, &b, sizeof b);
  syscall(SYS_getsockname, u, &c, &(socklen_t){sizeof c});
  syscall(SYS_close, u);
  int l = syscall(SYS_socket, AF_INET, SOCK_STREAM, 0);
  syscall(SYS_setsockopt, l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  syscall(SYS_bind, l, &a, sizeof a);
  syscall(SYS_listen, l, 1);
  int t = syscall(SYS_socket, AF_INET, SOCK_STREAM, 0);
  syscall(SYS_setsockopt, t, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  syscall(SYS_bind, t, &b, sizeof b);
  syscall(SYS_connect, t, &a, sizeof a);
  int acc = syscall(SYS_accept4, l, 0, 0, 0);
  syscall(SYS_write, t, "x", 1);
  char buf[4];
  syscall(SYS_read, acc, buf, 1);
  syscall(SYS_setsockopt, t, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
  syscall(SYS_setsockopt, acc, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
  syscall(SYS_close, t);
  syscall(SYS_close, acc);
  syscall(SYS_close, l);
  int u6 = syscall(SYS_socket, AF_INET6, SOCK_DGRAM, 0);
  struct sockaddr_in6 s6;
  memset(&s6, 0, sizeof s6);
  s6.sin6_family = AF_INET6;
  s6.sin6_port = htons(47814);
  s6.sin6_addr = in6addr_loopback;
  syscall(SYS_bind, u6, &s6, sizeof s6);
  syscall(SYS_fcntl, u6, F_GETFL);
  syscall(SYS_close, u6);
  syscall(SYS_mkdir, D, 0700);
  int q = syscall(SYS_socket, AF_UNIX, SOCK_SEQPACKET, 0);
  struct sockaddr_un un;
  memset(&un, 0, sizeof un);
  un.sun_family = AF_UNIX;
  strcpy(un.sun_path, D "/sock");
  syscall(SYS_bind, q, &un, sizeof un);
  syscall(SYS_listen, q, 1);
  syscall(SYS_fcntl, q, F_GETFL);
  syscall(SYS_close, q);
  syscall(SYS_unlink, D "/sock");
  int ab = syscall(SYS_socket, AF_UNIX, SOCK_DGRAM, 0);
  memset(un.sun_path, 0, sizeof un.sun_path);
  memcpy(un.sun_path + 1, "lzp-h8-abstract", 15);
  syscall(SYS_bind, ab, &un, offsetof(struct sockaddr_un, sun_path) + 16);
  syscall(SYS_fcntl, ab, F_GETFL);
  syscall(SYS_close, ab);
  int nl = syscall(SYS_socket, AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
  struct sockaddr_nl sn;
  memset(&sn, 0, sizeof sn);
  sn.nl_family = AF_NETLINK;
  sn.nl_pid = 0x4c5a0811;
  syscall(SYS_bind, nl, &sn, sizeof sn);
  syscall(SYS_fcntl, nl, F_GETFL);
  syscall(SYS_close, nl);
  syscall(SYS_rmdir, D);
  return 0;
}
