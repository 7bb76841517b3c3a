// AF_PACKET sockets: sockaddr_ll bind to lo, packet socket options (version, membership, fanout, statistics), unknown ones.
#include <arpa/inet.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
int main(void) {
  int s = socket(AF_PACKET, SOCK_DGRAM, htons(ETH_P_IP));
  struct sockaddr_ll a;
  memset(&a, 0, sizeof a);
  a.sll_family = AF_PACKET;
  a.sll_protocol = htons(ETH_P_ARP);
  a.sll_ifindex = if_nametoindex("lo");
  a.sll_hatype = 1;
  a.sll_pkttype = PACKET_BROADCAST;
  a.sll_halen = 6;
  memcpy(a.sll_addr, "\1\2\3\4\5\6", 6);
  bind(s, (struct sockaddr*)&a, sizeof a);
  a.sll_ifindex = 9999;
  bind(s, (struct sockaddr*)&a, sizeof a);
  int v = TPACKET_V2;
  setsockopt(s, SOL_PACKET, PACKET_VERSION, &v, sizeof v);
  socklen_t l = sizeof v;
  getsockopt(s, SOL_PACKET, PACKET_VERSION, &v, &l);
  struct packet_mreq mr;
  memset(&mr, 0, sizeof mr);
  mr.mr_ifindex = if_nametoindex("lo");
  mr.mr_type = PACKET_MR_PROMISC;
  setsockopt(s, SOL_PACKET, PACKET_ADD_MEMBERSHIP, &mr, sizeof mr);
  setsockopt(s, SOL_PACKET, PACKET_DROP_MEMBERSHIP, &mr, sizeof mr);
  struct tpacket_stats st;
  l = sizeof st;
  getsockopt(s, SOL_PACKET, PACKET_STATISTICS, &st, &l);
  v = 1;
  setsockopt(s, SOL_PACKET, PACKET_AUXDATA, &v, sizeof v);
  setsockopt(s, SOL_PACKET, PACKET_FANOUT, &v, sizeof v);
  setsockopt(s, SOL_PACKET, 99, &v, sizeof v);
  l = sizeof a;
  getsockname(s, (struct sockaddr*)&a, &l);
  socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
  socket(AF_PACKET, SOCK_STREAM, 0);
  return 0;
}
