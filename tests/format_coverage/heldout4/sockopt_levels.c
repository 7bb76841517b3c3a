// Socket option levels not yet measured: UDP, raw, ICMPv6, netlink, TLS, SCTP (unsupported), unknown levels, with good and bad lengths.
#include <linux/netlink.h>
#include <netinet/in.h>
#include <netinet/udp.h>
#include <sys/socket.h>
#include <unistd.h>
#ifndef SOL_TLS
#define SOL_TLS 282
#endif
int main(void) {
  int u = socket(AF_INET, SOCK_DGRAM, 0);
  int v = 1;
  socklen_t l = sizeof v;
  setsockopt(u, SOL_UDP, UDP_CORK, &v, sizeof v);
  v = 1400;
  setsockopt(u, SOL_UDP, UDP_SEGMENT, &v, sizeof v);
  getsockopt(u, SOL_UDP, UDP_CORK, &v, &l);
  setsockopt(u, SOL_UDP, 1000, &v, sizeof v);
  int r = socket(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6);
  unsigned filt[8] = {0};
  setsockopt(r, SOL_ICMPV6, 1, filt, sizeof filt);
  l = sizeof filt;
  getsockopt(r, SOL_ICMPV6, 1, filt, &l);
  setsockopt(r, SOL_RAW, 1, filt, sizeof filt);
  int n = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
  v = 1;
  setsockopt(n, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &v, sizeof v);
  setsockopt(n, SOL_NETLINK, NETLINK_PKTINFO, &v, sizeof v);
  setsockopt(n, SOL_NETLINK, NETLINK_EXT_ACK, &v, sizeof v);
  unsigned groups[2];
  l = sizeof groups;
  getsockopt(n, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, groups, &l);
  setsockopt(u, SOL_TLS, 1, &v, sizeof v);
  setsockopt(u, IPPROTO_SCTP, 1, &v, sizeof v);
  setsockopt(u, 999, 1, &v, sizeof v);
  setsockopt(u, -5, 1, &v, sizeof v);
  l = 0;
  getsockopt(u, 999, 1, &v, &l);
  return 0;
}
