// Netlink sockets: bind with sockaddr_nl and groups, a NOOP and a bad-type message to the kernel, getsockname, bad lengths.
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
int main(void) {
  int s = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
  struct sockaddr_nl a = {AF_NETLINK, 0, 0x7fff0001, 0};
  bind(s, (struct sockaddr*)&a, sizeof a);
  bind(s, (struct sockaddr*)&a, 4);
  struct sockaddr_nl k = {AF_NETLINK, 0, 0, 0};
  struct { struct nlmsghdr h; char pad[16]; } m;
  memset(&m, 0, sizeof m);
  m.h.nlmsg_len = sizeof m.h;
  m.h.nlmsg_type = NLMSG_NOOP;
  m.h.nlmsg_flags = NLM_F_REQUEST;
  m.h.nlmsg_seq = 1;
  sendto(s, &m, m.h.nlmsg_len, 0, (struct sockaddr*)&k, sizeof k);
  m.h.nlmsg_type = 0x7777;
  m.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK | 0x4000;
  m.h.nlmsg_len = sizeof m;
  sendto(s, &m, sizeof m, MSG_DONTWAIT, (struct sockaddr*)&k, sizeof k);
  sendto(s, (void*)0xbad0000, 16, 0, (struct sockaddr*)&k, sizeof k);
  struct sockaddr_nl bad = {AF_NETLINK, 5, 0, 0xffffffff};
  connect(s, (struct sockaddr*)&bad, sizeof bad);
  int t = socket(AF_NETLINK, SOCK_DGRAM, NETLINK_KOBJECT_UEVENT);
  socket(AF_NETLINK, SOCK_RAW, 31);
  socket(AF_NETLINK, SOCK_STREAM, NETLINK_GENERIC);
  close(t);
  return 0;
}
