// tests/golden/netlink_seccomp.c — tracing must not change what a program
// under its own seccomp filter does: the filter kills the process at any
// getsockname (or getsockopt), then the program sends on a UDP socket and
// on a netlink socket and reads the netlink answer. Untraced it exits 0;
// traced it must too (the interposer learns what the fds are from socket()
// and does not ask the kernel: tracer/fd_kinds.cc), and the netlink messages
// are decoded as strace decodes them.
#include <linux/filter.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/seccomp.h>
#include <netinet/in.h>
#include <stddef.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

static void ForbidSocketQueries(void) {
  struct sock_filter code[] = {
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getsockname, 2, 0),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getsockopt, 1, 0),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
  };
  struct sock_fprog prog = {sizeof code / sizeof *code, code};
  prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
}

int main(void) {
  ForbidSocketQueries();
  int udp = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in discard = {AF_INET, htons(9), {htonl(INADDR_LOOPBACK)}};
  sendto(udp, "datagram", 8, 0, (struct sockaddr*)&discard, sizeof discard);
  int netlink = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
  struct sockaddr_nl kernel = {AF_NETLINK, 0, 0, 0};
  struct { struct nlmsghdr h; struct ifinfomsg i; } req;
  memset(&req, 0, sizeof req);
  req.h.nlmsg_len = sizeof req, req.h.nlmsg_type = RTM_GETLINK, req.h.nlmsg_flags = NLM_F_REQUEST;
  req.h.nlmsg_seq = 1;
  req.i.ifi_index = 1000000;
  for (int i = 0; i < 2; ++i) {  // unbound before the first send, bound by it
    sendto(netlink, &req, sizeof req, 0, (struct sockaddr*)&kernel, sizeof kernel);
    char buf[256];
    recvfrom(netlink, buf, sizeof buf, 0, NULL, NULL);
  }
  struct iovec iov = {&req, sizeof req};
  struct msghdr m = {&kernel, sizeof kernel, &iov, 1, NULL, 0, 0};
  sendmsg(netlink, &m, 0);
  char buf[256];
  iov.iov_base = buf, iov.iov_len = sizeof buf;
  recvmsg(netlink, &m, 0);
  sendto(udp, "datagram", 8, 0, (struct sockaddr*)&discard, sizeof discard);
  return 0;
}
