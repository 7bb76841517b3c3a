// IPPROTO_IPV6 options no earlier set tried: IPV6_MULTICAST_IF, IPV6_ADDRFORM, IPV6_PKTINFO's struct in6_pktinfo, IPV6_MTU, IPV6_FLOWINFO, IPV6_RECVERR, IPV6_JOIN_ANYCAST's ipv6_mreq (failing), IPV6_HOPLIMIT, IPV6_AUTOFLOWLABEL, IPV6_FREEBIND, IPV6_RECVORIGDSTADDR, IPV6_MINHOPCOUNT, unknown options.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <linux/in6.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
#ifndef IPV6_MINHOPCOUNT
#define IPV6_MINHOPCOUNT 73
#endif
#ifndef IPV6_RECVORIGDSTADDR
#define IPV6_RECVORIGDSTADDR 74
#endif
#ifndef IPV6_FREEBIND
#define IPV6_FREEBIND 78
#endif
#ifndef IPV6_AUTOFLOWLABEL
#define IPV6_AUTOFLOWLABEL 70
#endif
int main(void) {
  int s = syscall(SYS_socket, AF_INET6, SOCK_DGRAM, 0);
  int v = 1;
  socklen_t len;
  char buf[64];
  syscall(SYS_setsockopt, s, IPPROTO_IPV6, IPV6_MULTICAST_IF, &v, sizeof v);
  len = sizeof v; syscall(SYS_getsockopt, s, IPPROTO_IPV6, IPV6_MULTICAST_IF, &v, &len);
  v = AF_INET; syscall(SYS_setsockopt, s, IPPROTO_IPV6, IPV6_ADDRFORM, &v, sizeof v);
  struct in6_pktinfo pi;
  memset(&pi, 0, sizeof pi);
  inet_pton(AF_INET6, "::1", &pi.ipi6_addr);
  pi.ipi6_ifindex = 1;
  syscall(SYS_setsockopt, s, IPPROTO_IPV6, IPV6_PKTINFO, &pi, sizeof pi);
  syscall(SYS_setsockopt, s, IPPROTO_IPV6, IPV6_PKTINFO, &pi, 8);
  len = sizeof buf; syscall(SYS_getsockopt, s, IPPROTO_IPV6, IPV6_PKTINFO, buf, &len);
  len = sizeof v; syscall(SYS_getsockopt, s, IPPROTO_IPV6, IPV6_MTU, &v, &len);
  v = 1; syscall(SYS_setsockopt, s, IPPROTO_IPV6, IPV6_FLOWINFO, &v, sizeof v);
  syscall(SYS_setsockopt, s, IPPROTO_IPV6, IPV6_RECVERR, &v, sizeof v);
  len = sizeof v; syscall(SYS_getsockopt, s, IPPROTO_IPV6, IPV6_RECVERR, &v, &len);
  struct ipv6_mreq mr;
  memset(&mr, 0, sizeof mr);
  inet_pton(AF_INET6, "2001:db8::1", &mr.ipv6mr_multiaddr);
  mr.ipv6mr_interface = 999;
  syscall(SYS_setsockopt, s, IPPROTO_IPV6, IPV6_JOIN_ANYCAST, &mr, sizeof mr);
  syscall(SYS_setsockopt, s, IPPROTO_IPV6, IPV6_LEAVE_ANYCAST, &mr, sizeof mr);
  const int flag_options[] = {IPV6_HOPLIMIT, IPV6_AUTOFLOWLABEL, IPV6_FREEBIND, IPV6_RECVORIGDSTADDR};
  for (unsigned i = 0; i < sizeof flag_options / sizeof flag_options[0]; i++)
    syscall(SYS_setsockopt, s, IPPROTO_IPV6, flag_options[i], &v, sizeof v);
  v = 300; syscall(SYS_setsockopt, s, IPPROTO_IPV6, IPV6_MINHOPCOUNT, &v, sizeof v);
  syscall(SYS_setsockopt, s, IPPROTO_IPV6, 0x7f, &v, sizeof v);
  len = sizeof v; syscall(SYS_getsockopt, s, IPPROTO_IPV6, 0x7f, &v, &len);
  return 0;
}
