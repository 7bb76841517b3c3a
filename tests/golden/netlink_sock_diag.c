// tests/golden/netlink_sock_diag.c — NETLINK_SOCK_DIAG requests as `ss`
// sends them (struct inet_diag_req_v2, <linux/inet_diag.h>): IPv4 and IPv6,
// every TCP state bit and one that is none, extensions, a cookie, an
// interface, a request too short for its struct, an unknown family; sent
// to a port no socket has, so each is decoded at entry and refused; and
// AF_UNIX's struct unix_diag_req (<linux/unix_diag.h>), as `ss -x` sends it.
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static struct sockaddr_nl nowhere = {AF_NETLINK, 0, 0x7ffffff0, 0};  // no socket has this port

static void Send(int s, const void* request, unsigned size, unsigned flags) {
  unsigned char buf[256];
  memset(buf, 0, sizeof buf);
  struct nlmsghdr* h = (struct nlmsghdr*)buf;
  h->nlmsg_len = NLMSG_HDRLEN + size, h->nlmsg_type = SOCK_DIAG_BY_FAMILY, h->nlmsg_flags = flags, h->nlmsg_seq = 9;
  memcpy(buf + NLMSG_HDRLEN, request, size);
  sendto(s, buf, h->nlmsg_len, 0, (struct sockaddr*)&nowhere, sizeof nowhere);
}

int main(void) {
  int s = socket(AF_NETLINK, SOCK_RAW, NETLINK_SOCK_DIAG);
  struct sockaddr_nl self = {AF_NETLINK, 0, 0, 0};
  bind(s, (struct sockaddr*)&self, sizeof self);
  struct inet_diag_req_v2 r;
  memset(&r, 0, sizeof r);
  r.sdiag_family = AF_INET, r.sdiag_protocol = IPPROTO_TCP, r.idiag_states = 0xffffffff;
  Send(s, &r, sizeof r, NLM_F_REQUEST | NLM_F_DUMP);  // as ss -t sends it, but every state bit
  r.idiag_states = (1 << 1) | (1 << 10), r.idiag_ext = 1 << (INET_DIAG_INFO - 1) | 0x80;
  r.id.idiag_sport = htons(22), r.id.idiag_dport = htons(40000);
  r.id.idiag_src[0] = htonl(0x7f000001), r.id.idiag_dst[0] = htonl(0xc0000207);
  r.id.idiag_if = 1, r.id.idiag_cookie[0] = 5, r.id.idiag_cookie[1] = 0xffffffff;
  Send(s, &r, sizeof r, NLM_F_REQUEST);
  r.sdiag_family = AF_INET6, r.sdiag_protocol = IPPROTO_UDP, r.idiag_states = 0;
  r.id.idiag_src[0] = htonl(0xfe800000), r.id.idiag_src[3] = htonl(1);
  Send(s, &r, sizeof r, NLM_F_REQUEST | NLM_F_DUMP);
  Send(s, &r, 20, NLM_F_REQUEST);  // shorter than the struct
  r.sdiag_family = AF_INET;
  unsigned char longer[sizeof r + 4];  // (the 4 bytes past the struct zero: the same in every run)
  memset(longer, 0, sizeof longer);
  memcpy(longer, &r, sizeof r);
  Send(s, longer, sizeof longer, NLM_F_REQUEST);  // longer
  struct unix_diag_req u;
  memset(&u, 0, sizeof u);
  u.sdiag_family = AF_UNIX, u.udiag_states = 0xffffffff, u.udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER | 0x100;
  u.udiag_ino = 1234, u.udiag_cookie[1] = 7;
  Send(s, &u, sizeof u, NLM_F_REQUEST | NLM_F_DUMP);  // as ss -x sends it, with every state bit
  unsigned char longer_u[sizeof u + 4];
  memset(longer_u, 0, sizeof longer_u);
  memcpy(longer_u, &u, sizeof u);
  Send(s, longer_u, sizeof longer_u, NLM_F_REQUEST);  // longer
  Send(s, &u, 10, NLM_F_REQUEST);                     // shorter
  struct nlmsghdr other = {NLMSG_HDRLEN + 4, 0x30, NLM_F_REQUEST | NLM_F_DUMP, 10, 0};
  unsigned char with_payload[NLMSG_HDRLEN + 4] = {0};
  memcpy(with_payload, &other, sizeof other);
  with_payload[NLMSG_HDRLEN] = AF_INET;
  sendto(s, with_payload, sizeof with_payload, 0, (struct sockaddr*)&nowhere, sizeof nowhere);  // a type with no name
  ((struct nlmsghdr*)with_payload)->nlmsg_type = SOCK_DESTROY;
  ((struct nlmsghdr*)with_payload)->nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK | NLM_F_ROOT;
  sendto(s, with_payload, sizeof with_payload, 0, (struct sockaddr*)&nowhere, sizeof nowhere);
  close(s);
  return 0;
}
