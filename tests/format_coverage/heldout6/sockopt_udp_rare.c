// UDP and UDP-Lite options no earlier set tried: UDP_GRO, UDP_ENCAP's encapsulation types, UDP_NO_CHECK6_TX/RX, UDP_SEGMENT with extreme sizes, UDPLITE_SEND_CSCOV/RECV_CSCOV on an IPPROTO_UDPLITE socket, unknown options and lengths.
#define _GNU_SOURCE
#include <linux/udp.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
#ifndef UDPLITE_SEND_CSCOV
#define UDPLITE_SEND_CSCOV 10
#define UDPLITE_RECV_CSCOV 11
#endif
int main(void) {
  int s = syscall(SYS_socket, AF_INET6, SOCK_DGRAM, 0);
  int l = syscall(SYS_socket, AF_INET, SOCK_DGRAM, IPPROTO_UDPLITE);
  int v = 1;
  socklen_t len;
  syscall(SYS_setsockopt, s, IPPROTO_UDP, UDP_GRO, &v, sizeof v);
  len = sizeof v; syscall(SYS_getsockopt, s, IPPROTO_UDP, UDP_GRO, &v, &len);
  v = UDP_ENCAP_ESPINUDP; syscall(SYS_setsockopt, s, IPPROTO_UDP, UDP_ENCAP, &v, sizeof v);
  v = UDP_ENCAP_L2TPINUDP; syscall(SYS_setsockopt, s, IPPROTO_UDP, UDP_ENCAP, &v, sizeof v);
  v = 99; syscall(SYS_setsockopt, s, IPPROTO_UDP, UDP_ENCAP, &v, sizeof v);
  v = 1; syscall(SYS_setsockopt, s, IPPROTO_UDP, UDP_NO_CHECK6_TX, &v, sizeof v);
  syscall(SYS_setsockopt, s, IPPROTO_UDP, UDP_NO_CHECK6_RX, &v, sizeof v);
  len = sizeof v; syscall(SYS_getsockopt, s, IPPROTO_UDP, UDP_NO_CHECK6_RX, &v, &len);
  v = 65536; syscall(SYS_setsockopt, s, IPPROTO_UDP, UDP_SEGMENT, &v, sizeof v);
  v = -1; syscall(SYS_setsockopt, s, IPPROTO_UDP, UDP_SEGMENT, &v, 2);
  v = 8; syscall(SYS_setsockopt, l, IPPROTO_UDPLITE, UDPLITE_SEND_CSCOV, &v, sizeof v);
  syscall(SYS_setsockopt, l, IPPROTO_UDPLITE, UDPLITE_RECV_CSCOV, &v, sizeof v);
  len = sizeof v; syscall(SYS_getsockopt, l, IPPROTO_UDPLITE, UDPLITE_SEND_CSCOV, &v, &len);
  syscall(SYS_setsockopt, s, IPPROTO_UDP, 200, &v, sizeof v);
  return 0;
}
