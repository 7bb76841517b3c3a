// tests/golden/netlink_attributes.c — NETLINK_ROUTE attributes (struct
// rtattr/nlattr, <linux/netlink.h>) after ifinfomsg and ifaddrmsg, sent to
// a port no socket has (the kernel refuses them after the socket is bound,
// so strace decodes each at entry): one attribute alone, lists of them,
// strings with and without their NUL, u8/u32/s32 values, hardware
// addresses, link statistics (32- and 64-bit, full and short), flags,
// IPv4 and IPv6 addresses by the message's family, cache info, names
// strace does not know, attributes of length < 4 or past the message,
// trailing bytes, NLA_F_* bits, and a list longer than -s; and messages
// in sendmmsg (strace shows recvmmsg's as bytes, port id included: not compared).
#define _GNU_SOURCE
#include <linux/if_addr.h>
#include <linux/if_arp.h>
#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static unsigned char buf[4096];
static unsigned used;
static struct sockaddr_nl nowhere = {AF_NETLINK, 0, 0x7ffffff0, 0};  // no socket has this port

static void Start(unsigned type, unsigned flags, const void* fixed, unsigned size) {
  memset(buf, 0, sizeof buf);
  struct nlmsghdr* h = (struct nlmsghdr*)buf;
  h->nlmsg_type = type, h->nlmsg_flags = flags, h->nlmsg_seq = 7;
  memcpy(buf + NLMSG_HDRLEN, fixed, size);
  used = NLMSG_HDRLEN + NLMSG_ALIGN(size);
}

static void Attribute(unsigned type, const void* value, unsigned length) {
  struct nlattr* a = (struct nlattr*)(buf + used);
  a->nla_len = NLA_HDRLEN + length, a->nla_type = type;
  memcpy(buf + used + NLA_HDRLEN, value, length);
  used += NLA_ALIGN(NLA_HDRLEN + length);
}

static void U32(unsigned type, unsigned value) { Attribute(type, &value, 4); }

static void Send(int s, unsigned extra) {
  ((struct nlmsghdr*)buf)->nlmsg_len = used + extra;
  sendto(s, buf, used + extra, 0, (struct sockaddr*)&nowhere, sizeof nowhere);
}

int main(void) {
  int s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
  struct sockaddr_nl self = {AF_NETLINK, 0, 0, 0};
  bind(s, (struct sockaddr*)&self, sizeof self);
  struct ifinfomsg link = {AF_UNSPEC, 0, ARPHRD_ETHER, 3, IFF_UP, 0};
  Start(RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, &link, sizeof link);
  U32(IFLA_EXT_MASK, RTEXT_FILTER_VF);
  Send(s, 0);
  Start(RTM_NEWLINK, NLM_F_REQUEST | NLM_F_CREATE, &link, sizeof link);
  Attribute(IFLA_IFNAME, "eth7", 5);
  U32(IFLA_MTU, 1500);
  unsigned char state = 6;
  Attribute(IFLA_OPERSTATE, &state, 1);
  Attribute(IFLA_ADDRESS, "\x02\x00\x5e\x10\x20\xff", 6);
  int netnsid = -1;
  Attribute(IFLA_LINK_NETNSID, &netnsid, 4);
  Attribute(0x7f, "\x01\x02\x03", 3);
  Attribute(IFLA_QDISC, "noqueue", 7);  // no NUL
  Attribute(IFLA_TXQLEN, "\x10", 1);    // shorter than its u32
  unsigned long long stats64[25];
  for (int i = 0; i < 25; ++i) stats64[i] = 1000000000000ull + i;
  Attribute(IFLA_STATS64, stats64, sizeof stats64);
  Attribute(IFLA_STATS64, stats64, 23 * 8);  // without rx_nohandler and what follows
  unsigned stats[24];
  for (int i = 0; i < 24; ++i) stats[i] = 100 + i;
  Attribute(IFLA_STATS, stats, sizeof stats);
  Attribute(IFLA_STATS, stats, 50);
  U32(NLA_F_NESTED | IFLA_GROUP, 4);
  Attribute(IFLA_CARRIER, NULL, 0);
  Send(s, 0);
  Start(RTM_NEWLINK, NLM_F_REQUEST, &link, sizeof link);
  U32(IFLA_MTU, 9000);
  Send(s, 2);  // two bytes past the last attribute
  Start(RTM_NEWLINK, NLM_F_REQUEST, &link, sizeof link);
  U32(IFLA_MTU, 9000);
  ((struct nlattr*)(buf + used - 8))->nla_len = 40;  // says it runs past the message
  Send(s, 0);
  Start(RTM_NEWLINK, NLM_F_REQUEST, &link, sizeof link);
  U32(IFLA_MTU, 9000);
  ((struct nlattr*)(buf + used - 8))->nla_len = 2;  // shorter than its header
  U32(IFLA_MTU, 9001);
  Send(s, 0);
  Start(RTM_NEWLINK, NLM_F_REQUEST, &link, sizeof link);
  for (int i = 0; i < 40; ++i) U32(IFLA_PROMISCUITY, i);
  Send(s, 0);
  struct ifaddrmsg v4 = {AF_INET, 24, IFA_F_PERMANENT, RT_SCOPE_UNIVERSE, 1};
  Start(RTM_NEWADDR, NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL, &v4, sizeof v4);
  Attribute(IFA_ADDRESS, "\xc0\x00\x02\x07", 4);
  Attribute(IFA_LOCAL, "\xc0\x00\x02\x07", 4);
  Attribute(IFA_BROADCAST, "\xc0\x00\x02\xff", 4);
  Attribute(IFA_LABEL, "lo:7", 5);
  U32(IFA_FLAGS, IFA_F_PERMANENT | IFA_F_NOPREFIXROUTE | 0x10000);
  struct ifa_cacheinfo cache = {0xffffffff, 3600, 14, 15};
  Attribute(IFA_CACHEINFO, &cache, sizeof cache);
  U32(IFA_RT_PRIORITY, 100);
  Attribute(IFA_ANYCAST, "\xc0\x00\x02", 3);  // too short for an IPv4 address
  Send(s, 0);
  struct ifaddrmsg v6 = {AF_INET6, 64, 0, RT_SCOPE_LINK, 1};
  Start(RTM_GETADDR, NLM_F_REQUEST, &v6, sizeof v6);
  Attribute(IFA_ADDRESS, "\xfe\x80\0\0\0\0\0\0\0\0\0\0\0\0\0\x01", 16);
  Attribute(IFA_CACHEINFO, &cache, 8);  // short
  Attribute(IFA_MULTICAST, "\xff\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\x01", 16);
  Attribute(99, "x", 1);
  Send(s, 0);
  struct ifaddrmsg unspec = {AF_UNSPEC, 0, 0, 0, 0};
  Start(RTM_DELADDR, NLM_F_REQUEST, &unspec, sizeof unspec);
  Attribute(IFA_ADDRESS, "\x01\x02\x03\x04", 4);
  Send(s, 0);
  // Two requests in one sendmmsg, their two answers in one recvmmsg.
  struct { struct nlmsghdr h; struct ifinfomsg i; } requests[2];
  memset(requests, 0, sizeof requests);
  struct iovec iov[2];
  struct mmsghdr mm[2];
  memset(mm, 0, sizeof mm);
  struct sockaddr_nl kernel = {AF_NETLINK, 0, 0, 0};
  for (int i = 0; i < 2; ++i) {
    requests[i].h.nlmsg_len = sizeof requests[i], requests[i].h.nlmsg_type = RTM_GETLINK;
    requests[i].h.nlmsg_flags = NLM_F_REQUEST, requests[i].h.nlmsg_seq = 20 + i;
    requests[i].i.ifi_index = 1000000 + i;  // no such interface: each answer is an error
    iov[i].iov_base = &requests[i], iov[i].iov_len = sizeof requests[i];
    mm[i].msg_hdr.msg_name = &kernel, mm[i].msg_hdr.msg_namelen = sizeof kernel;
    mm[i].msg_hdr.msg_iov = &iov[i], mm[i].msg_hdr.msg_iovlen = 1;
  }
  sendmmsg(s, mm, 2, 0);
  static unsigned char answers[2][128];
  for (int i = 0; i < 2; ++i) {
    iov[i].iov_base = answers[i], iov[i].iov_len = sizeof answers[i];
    mm[i].msg_hdr.msg_name = NULL, mm[i].msg_hdr.msg_namelen = 0;
  }
  recvmmsg(s, mm, 2, MSG_DONTWAIT, NULL);
  close(s);
  return 0;
}
