// tests/golden/netlink_fd_kinds.c — an fd number that changes kind under
// the interposer's fd-kind cache (tracer/fd_kinds.cc): a netlink socket
// dup2'ed over a UDP socket's fd, that fd closed and reopened as UDP, a
// netlink socket passed by SCM_RIGHTS into a number a UDP socket held just
// before, and both kinds inherited across exec (the program runs itself
// again with `inherited NETLINK_FD UDP_FD`). Each sendto/recvfrom must be
// decoded as the fd is at that moment: netlink messages, or plain bytes.
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void Request(int fd, int seq) {
  struct { struct nlmsghdr h; struct ifinfomsg i; } req;
  memset(&req, 0, sizeof req);
  req.h.nlmsg_len = sizeof req, req.h.nlmsg_type = RTM_GETLINK, req.h.nlmsg_flags = NLM_F_REQUEST;
  req.h.nlmsg_seq = seq;
  req.i.ifi_index = 1000000;  // no such interface: the kernel answers with an error
  struct sockaddr_nl kernel = {AF_NETLINK, 0, 0, 0};
  sendto(fd, &req, sizeof req, 0, (struct sockaddr*)&kernel, sizeof kernel);
}

static void Reply(int fd) {
  char buf[256];
  recvfrom(fd, buf, sizeof buf, MSG_DONTWAIT, NULL, NULL);
}

static void Datagram(int fd) {
  struct sockaddr_in discard = {AF_INET, htons(9), {htonl(INADDR_LOOPBACK)}};
  sendto(fd, "\x10\0\0\0\x12\0\x01\0", 8, 0, (struct sockaddr*)&discard, sizeof discard);
}

static void SendFd(int via, int fd) {
  char data = 'x';
  struct iovec iov = {&data, 1};
  union { struct cmsghdr h; char space[CMSG_SPACE(sizeof(int))]; } control;
  memset(&control, 0, sizeof control);
  struct msghdr m = {NULL, 0, &iov, 1, control.space, sizeof control.space, 0};
  struct cmsghdr* c = CMSG_FIRSTHDR(&m);
  c->cmsg_level = SOL_SOCKET, c->cmsg_type = SCM_RIGHTS, c->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(c), &fd, sizeof fd);
  sendmsg(via, &m, 0);
}

static int ReceiveFd(int via) {
  char data;
  struct iovec iov = {&data, 1};
  union { struct cmsghdr h; char space[CMSG_SPACE(sizeof(int))]; } control;
  struct msghdr m = {NULL, 0, &iov, 1, control.space, sizeof control.space, 0};
  if (recvmsg(via, &m, 0) < 0) return -1;
  int fd = -1;
  memcpy(&fd, CMSG_DATA(CMSG_FIRSTHDR(&m)), sizeof fd);
  return fd;
}

int main(int argc, char** argv) {
  if (argc == 4 && strcmp(argv[1], "inherited") == 0) {
    int netlink = atoi(argv[2]), udp = atoi(argv[3]);
    Request(netlink, 5);
    Reply(netlink);
    Datagram(udp);
    return 0;
  }
  int udp = socket(AF_INET, SOCK_DGRAM, 0);
  Datagram(udp);
  int netlink = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
  Request(netlink, 1);  // not bound before this call: strace cannot tell the protocol
  Reply(netlink);       // bound by the send
  dup2(netlink, udp);   // the UDP socket's number now names the netlink socket
  Request(udp, 2);
  Reply(udp);
  close(udp);
  udp = socket(AF_INET, SOCK_DGRAM, 0);  // the same number, UDP again
  Datagram(udp);
  int pair[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, pair);
  SendFd(pair[0], netlink);
  close(netlink);
  int other = socket(AF_INET, SOCK_DGRAM, 0);  // takes the netlink socket's number...
  Datagram(other);
  close(other);
  int received = ReceiveFd(pair[1]);  // ...and the received netlink socket takes it back
  Request(received, 3);
  Reply(received);
  char netlink_arg[16], udp_arg[16];
  snprintf(netlink_arg, sizeof netlink_arg, "%d", received);
  snprintf(udp_arg, sizeof udp_arg, "%d", udp);
  char* args[] = {argv[0], "inherited", netlink_arg, udp_arg, NULL};
  execv(argv[0], args);
  return 1;
}
