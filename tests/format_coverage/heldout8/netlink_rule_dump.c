// Netlink route replies read back: a socket bound to a fixed port id, an RTM_GETRULE dump of AF_INET rules (replies with attributes, then NLMSG_DONE), RTM_GETLINK for a missing interface with NLM_F_ACK (an NLMSG_ERROR reply carrying the request), an unknown message type, a reply read into a short buffer with MSG_TRUNC.
#define _GNU_SOURCE
#include <linux/fib_rules.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
static char buf[8192];
int main(void) {
  int s = syscall(SYS_socket, AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
  struct sockaddr_nl sn;
  memset(&sn, 0, sizeof sn);
  sn.nl_family = AF_NETLINK;
  sn.nl_pid = 0x4c5a0812;
  syscall(SYS_bind, s, &sn, sizeof sn);
  struct { struct nlmsghdr h; struct fib_rule_hdr r; } rq;
  memset(&rq, 0, sizeof rq);
  rq.h.nlmsg_len = sizeof rq;
  rq.h.nlmsg_type = RTM_GETRULE;
  rq.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
  rq.h.nlmsg_seq = 1;
  rq.r.family = AF_INET;
  syscall(SYS_sendto, s, &rq, sizeof rq, 0, NULL, 0);
  struct sockaddr_nl from;
  socklen_t fl = sizeof from;
  for (int i = 0, done = 0; i < 4 && !done; i++) {
    long n = syscall(SYS_recvfrom, s, buf, sizeof buf, MSG_DONTWAIT, &from, &fl);
    if (n <= 0) break;
    for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, n); h = NLMSG_NEXT(h, n))
      if (h->nlmsg_type == NLMSG_DONE) done = 1;
  }
  struct { struct nlmsghdr h; struct ifinfomsg i; } lk;
  memset(&lk, 0, sizeof lk);
  lk.h.nlmsg_len = sizeof lk;
  lk.h.nlmsg_type = RTM_GETLINK;
  lk.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
  lk.h.nlmsg_seq = 2;
  lk.i.ifi_family = AF_UNSPEC;
  lk.i.ifi_index = 99999;
  syscall(SYS_sendto, s, &lk, sizeof lk, 0, NULL, 0);
  syscall(SYS_recvfrom, s, buf, sizeof buf, MSG_DONTWAIT, NULL, NULL);
  lk.h.nlmsg_type = 0x7ff;
  lk.h.nlmsg_seq = 3;
  syscall(SYS_sendto, s, &lk, sizeof lk, 0, NULL, 0);
  syscall(SYS_recvfrom, s, buf, sizeof buf, MSG_DONTWAIT, NULL, NULL);
  lk.h.nlmsg_type = RTM_GETLINK;
  lk.h.nlmsg_seq = 4;
  syscall(SYS_sendto, s, &lk, sizeof lk, 0, NULL, 0);
  syscall(SYS_recvfrom, s, buf, 20, MSG_TRUNC | MSG_DONTWAIT, NULL, NULL);
  syscall(SYS_close, s);
  return 0;
}
