// IPPROTO_IP and IPPROTO_IPV6 options beyond membership: ttl, header include, options bytes, pktinfo, mtu discovery, tclass, hops, unknown.
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
int main(void) {
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  int v = 64;
  socklen_t l = sizeof v;
  setsockopt(s, IPPROTO_IP, IP_TTL, &v, sizeof v);
  getsockopt(s, IPPROTO_IP, IP_TTL, &v, &l);
  v = 1;
  setsockopt(s, IPPROTO_IP, IP_RECVERR, &v, sizeof v);
  setsockopt(s, IPPROTO_IP, IP_PKTINFO, &v, sizeof v);
  setsockopt(s, IPPROTO_IP, IP_MULTICAST_LOOP, &v, sizeof v);
  setsockopt(s, IPPROTO_IP, IP_FREEBIND, &v, sizeof v);
  setsockopt(s, IPPROTO_IP, IP_TRANSPARENT, &v, sizeof v);
  v = IP_PMTUDISC_DO;
  setsockopt(s, IPPROTO_IP, IP_MTU_DISCOVER, &v, sizeof v);
  setsockopt(s, IPPROTO_IP, IP_OPTIONS, "\x01\x01\x01\x00", 4);
  char opt[40];
  l = sizeof opt;
  getsockopt(s, IPPROTO_IP, IP_OPTIONS, opt, &l);
  setsockopt(s, IPPROTO_IP, IP_HDRINCL, &v, sizeof v);
  l = sizeof v;
  getsockopt(s, IPPROTO_IP, IP_MTU, &v, &l);
  int t = socket(AF_INET6, SOCK_DGRAM, 0);
  v = 5;
  setsockopt(t, IPPROTO_IPV6, IPV6_UNICAST_HOPS, &v, sizeof v);
  setsockopt(t, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, &v, sizeof v);
  v = 1;
  setsockopt(t, IPPROTO_IPV6, IPV6_RECVPKTINFO, &v, sizeof v);
  v = 0xb8;
  setsockopt(t, IPPROTO_IPV6, IPV6_TCLASS, &v, sizeof v);
  v = IPV6_PMTUDISC_PROBE;
  setsockopt(t, IPPROTO_IPV6, IPV6_MTU_DISCOVER, &v, sizeof v);
  l = sizeof v;
  getsockopt(t, IPPROTO_IPV6, IPV6_TCLASS, &v, &l);
  setsockopt(t, IPPROTO_IPV6, 250, &v, sizeof v);
  setsockopt(s, IPPROTO_IP, 250, &v, sizeof v);
  return 0;
}
