// setsockopt/getsockopt: SO_LINGER, SO_PEERCRED, IP_ADD_MEMBERSHIP, IP_MULTICAST_IF, SO_BINDTODEVICE, IPV6_JOIN_GROUP, bad levels.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
int main(void) {
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  struct linger lg = {1, 5};
  setsockopt(s, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
  socklen_t l = sizeof lg;
  getsockopt(s, SOL_SOCKET, SO_LINGER, &lg, &l);
  struct ip_mreq mr;
  inet_pton(AF_INET, "224.0.0.251", &mr.imr_multiaddr); mr.imr_interface.s_addr = htonl(INADDR_LOOPBACK);
  setsockopt(s, IPPROTO_IP, IP_ADD_MEMBERSHIP, &mr, sizeof mr);
  struct in_addr ia = {htonl(INADDR_LOOPBACK)};
  setsockopt(s, IPPROTO_IP, IP_MULTICAST_IF, &ia, sizeof ia);
  setsockopt(s, SOL_SOCKET, SO_BINDTODEVICE, "lo", 3);
  char dev[IFNAMSIZ]; l = sizeof dev;
  getsockopt(s, SOL_SOCKET, SO_BINDTODEVICE, dev, &l);
  setsockopt(s, 999, 1, &lg, sizeof lg);
  int t = socket(AF_INET6, SOCK_DGRAM, 0);
  struct ipv6_mreq m6; memset(&m6, 0, sizeof m6);
  inet_pton(AF_INET6, "ff02::fb", &m6.ipv6mr_multiaddr); m6.ipv6mr_interface = 1;
  setsockopt(t, IPPROTO_IPV6, IPV6_JOIN_GROUP, &m6, sizeof m6);
  int sv[2]; socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  struct ucred cr; l = sizeof cr;
  getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cr, &l);
  l = 4;
  getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cr, &l);
  return 0;
}
