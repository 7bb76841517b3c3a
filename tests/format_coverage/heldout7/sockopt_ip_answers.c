// getsockopt's answers at SOL_IP and SOL_IPV6 on UDP sockets: IP_TTL, IP_TOS, IP_MTU_DISCOVER, IP_RECVTTL, IP_RECVTOS, IP_MULTICAST_TTL, IP_MULTICAST_LOOP, IP_PKTINFO, IP_HDRINCL, IP_FREEBIND, IP_TRANSPARENT, IP_BIND_ADDRESS_NO_PORT, IP_NODEFRAG, IP_CHECKSUM, IP_RECVFRAGSIZE, IP_MTU (unconnected and connected to loopback); IPV6_UNICAST_HOPS, MULTICAST_HOPS, MULTICAST_LOOP, TCLASS, RECVPKTINFO, V6ONLY, DONTFRAG, MTU_DISCOVER, AUTOFLOWLABEL, RECVTCLASS; lengths 1 and 0.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
#ifndef IPV6_AUTOFLOWLABEL
#define IPV6_AUTOFLOWLABEL 70
#endif
#include "getsockopt_answer.h"
int main(void) {
  int u = socket(AF_INET, SOCK_DGRAM, 0);
  int ip[] = {IP_TTL, IP_TOS, IP_MTU_DISCOVER, IP_RECVTTL, IP_RECVTOS, IP_MULTICAST_TTL, IP_MULTICAST_LOOP,
              IP_PKTINFO, IP_HDRINCL, IP_FREEBIND, IP_TRANSPARENT, IP_BIND_ADDRESS_NO_PORT, IP_NODEFRAG,
              IP_CHECKSUM, IP_RECVFRAGSIZE, IP_MTU};
  for (unsigned i = 0; i < sizeof ip / sizeof *ip; i++) get(u, SOL_IP, ip[i], 4);
  get(u, SOL_IP, IP_TTL, 1);
  get(u, SOL_IP, IP_MULTICAST_TTL, 1);
  get(u, SOL_IP, IP_TOS, 0);
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(9), .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  connect(u, (struct sockaddr *)&a, sizeof a);
  get(u, SOL_IP, IP_MTU, 4);
  int u6 = socket(AF_INET6, SOCK_DGRAM, 0);
  int ip6[] = {IPV6_UNICAST_HOPS, IPV6_MULTICAST_HOPS, IPV6_MULTICAST_LOOP, IPV6_TCLASS, IPV6_RECVPKTINFO,
               IPV6_V6ONLY, IPV6_DONTFRAG, IPV6_MTU_DISCOVER, IPV6_AUTOFLOWLABEL, IPV6_RECVTCLASS};
  for (unsigned i = 0; i < sizeof ip6 / sizeof *ip6; i++) get(u6, SOL_IPV6, ip6[i], 4);
  get(u6, SOL_IPV6, IPV6_UNICAST_HOPS, 1);
  return 0;
}
