// IPPROTO_IP source-filter and rarer options: IP_MSFILTER's ip_msfilter, IP_ADD/DROP_SOURCE_MEMBERSHIP's ip_mreq_source, IP_BLOCK_SOURCE, MCAST_JOIN_SOURCE_GROUP's group_source_req (all failing: non-multicast groups), IP_MULTICAST_ALL, IP_BIND_ADDRESS_NO_PORT, IP_NODEFRAG, IP_CHECKSUM, IP_RECVFRAGSIZE, IP_PASSSEC, IP_MINTTL, IP_XFRM_POLICY, unknown options.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int s = syscall(SYS_socket, AF_INET, SOCK_DGRAM, 0);
  int r = syscall(SYS_socket, AF_INET, SOCK_RAW, IPPROTO_UDP);
  int v = 1;
  socklen_t len;
  struct ip_mreq_source ms;
  ms.imr_multiaddr.s_addr = inet_addr("10.1.2.3");
  ms.imr_interface.s_addr = inet_addr("127.0.0.1");
  ms.imr_sourceaddr.s_addr = inet_addr("192.0.2.7");
  syscall(SYS_setsockopt, s, IPPROTO_IP, IP_ADD_SOURCE_MEMBERSHIP, &ms, sizeof ms);
  syscall(SYS_setsockopt, s, IPPROTO_IP, IP_DROP_SOURCE_MEMBERSHIP, &ms, sizeof ms);
  syscall(SYS_setsockopt, s, IPPROTO_IP, IP_BLOCK_SOURCE, &ms, 8);
  char f[64];
  memset(f, 0, sizeof f);
  struct ip_msfilter* m = (struct ip_msfilter*)f;
  m->imsf_multiaddr.s_addr = inet_addr("10.1.2.3");
  m->imsf_interface.s_addr = inet_addr("127.0.0.1");
  m->imsf_fmode = MCAST_INCLUDE;
  m->imsf_numsrc = 1;
  syscall(SYS_setsockopt, s, IPPROTO_IP, IP_MSFILTER, f, 20);
  len = sizeof f; syscall(SYS_getsockopt, s, IPPROTO_IP, IP_MSFILTER, f, &len);
  struct group_source_req gs;
  memset(&gs, 0, sizeof gs);
  gs.gsr_interface = 1;
  ((struct sockaddr_in*)&gs.gsr_group)->sin_family = AF_INET;
  ((struct sockaddr_in*)&gs.gsr_group)->sin_addr.s_addr = inet_addr("10.1.2.3");
  ((struct sockaddr_in*)&gs.gsr_source)->sin_family = AF_INET;
  syscall(SYS_setsockopt, s, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, &gs, sizeof gs);
  syscall(SYS_setsockopt, s, IPPROTO_IP, IP_MULTICAST_ALL, &v, sizeof v);
  len = sizeof v; syscall(SYS_getsockopt, s, IPPROTO_IP, IP_MULTICAST_ALL, &v, &len);
  syscall(SYS_setsockopt, s, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &v, sizeof v);
  syscall(SYS_setsockopt, r, IPPROTO_IP, IP_NODEFRAG, &v, sizeof v);
  syscall(SYS_setsockopt, s, IPPROTO_IP, IP_CHECKSUM, &v, sizeof v);
  syscall(SYS_setsockopt, s, IPPROTO_IP, IP_RECVFRAGSIZE, &v, sizeof v);
  syscall(SYS_setsockopt, s, IPPROTO_IP, IP_PASSSEC, &v, sizeof v);
  v = 255; syscall(SYS_setsockopt, s, IPPROTO_IP, IP_MINTTL, &v, sizeof v);
  syscall(SYS_setsockopt, s, IPPROTO_IP, IP_XFRM_POLICY, f, 4);
  syscall(SYS_setsockopt, s, IPPROTO_IP, 99, &v, sizeof v);
  return 0;
}
