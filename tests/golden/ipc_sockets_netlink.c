// tests/golden/ipc_sockets_netlink.c — the families of heldout4
// (tests/format_coverage/heldout4/) the fifth pass decoded: System V IPC's
// control structs by command (shmid_ds, semid_ds, msqid_ds, the *_INFO
// structs, IPC_SET's fields, IPC_64), socket addresses of AF_ALG, AF_AX25,
// AF_IPX, AF_BLUETOOTH and AF_XDP, socket()'s protocols by family, netlink
// messages sent and received by sendto/recvfrom and sendmsg/recvmsg
// (headers, flags by request kind, nlmsgerr, ifinfomsg, ifaddrmsg, short
// and bad buffers), and classic BPF programs
// (shown under -v). Every call is harmless when run as root: addresses go to
// fd -1, netlink messages to a port no socket has (ECONNREFUSED) but for one
// request the kernel refuses (no such interface), the socket filter goes on
// a throwaway UDP socket and the seccomp filters are refused before loading.
#define _GNU_SOURCE
#include <linux/filter.h>
#include <linux/if_alg.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/seccomp.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/prctl.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

static void Ipc(void) {
  int shm = shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0640);
  struct shmid_ds ds;
  shmctl(shm, IPC_STAT, &ds);
  shmctl(shm, IPC_SET, &ds);
  syscall(SYS_shmctl, shm, IPC_STAT | 0x100, &ds);
  syscall(SYS_shmctl, shm, 0x63 | 0x100, &ds);
  shmctl(shm, IPC_STAT, (struct shmid_ds*)0xbad0000);
  struct shminfo si;
  shmctl(0, IPC_INFO, (struct shmid_ds*)&si);
  struct shm_info sinfo;
  shmctl(0, SHM_INFO, (struct shmid_ds*)&sinfo);
  shmctl(shm, IPC_RMID, NULL);
  int sem = semget(IPC_PRIVATE, 2, IPC_CREAT | 0600);
  struct semid_ds sd;
  syscall(SYS_semctl, sem, 0, IPC_STAT, &sd);
  syscall(SYS_semctl, sem, 0, IPC_SET, &sd);
  struct seminfo seminfo;
  syscall(SYS_semctl, 0, 0, IPC_INFO, &seminfo);
  syscall(SYS_semctl, 0, 0, SEM_INFO, &seminfo);
  syscall(SYS_semctl, sem, 0, SETVAL | 0x100, 5);
  syscall(SYS_semctl, sem, 0, IPC_RMID, 0);
  int msg = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
  struct msqid_ds md;
  syscall(SYS_msgctl, msg, IPC_STAT, &md);
  md.msg_qbytes = 100;
  syscall(SYS_msgctl, msg, IPC_SET, &md);
  syscall(SYS_msgctl, msg, MSG_INFO, &md);
  syscall(SYS_msgctl, msg, IPC_RMID | 0x100, 0);
  syscall(SYS_msgctl, msg, IPC_RMID, 0);
}

static void Call(unsigned char* p, const char* call, int ssid) {  // an AX.25 address
  for (int i = 0; i < 6; ++i) p[i] = (call[i] ? call[i] : ' ') << 1;
  p[6] = (ssid << 1) | 0x60;
}

static void Addresses(void) {
  struct sockaddr_alg alg;
  memset(&alg, 0, sizeof alg);
  alg.salg_family = AF_ALG;
  strcpy((char*)alg.salg_type, "skcipher");
  strcpy((char*)alg.salg_name, "cbc(aes)");
  alg.salg_feat = 0x1000;
  alg.salg_mask = 0xffffffff;
  bind(-1, (struct sockaddr*)&alg, sizeof alg);
  bind(-1, (struct sockaddr*)&alg, 25);
  unsigned char raw[128];
  memset(raw, 0, sizeof raw);
  raw[0] = AF_AX25;
  Call(raw + 2, "N0CALL", 5);
  connect(-1, (struct sockaddr*)raw, 16);
  raw[12] = 3;
  Call(raw + 16, "DIGI1", 0);
  Call(raw + 23, "\x2a", 15);
  connect(-1, (struct sockaddr*)raw, 30);
  connect(-1, (struct sockaddr*)raw, 100);
  memset(raw, 0, sizeof raw);
  raw[0] = AF_IPX;
  raw[2] = 0x12, raw[7] = 1, raw[8] = 0xab, raw[14] = 4, raw[15] = 0xff;
  connect(-1, (struct sockaddr*)raw, 16);
  memset(raw, 0, sizeof raw);
  raw[0] = AF_BLUETOOTH;
  raw[2] = 1, raw[4] = 3;
  connect(-1, (struct sockaddr*)raw, 6);
  connect(-1, (struct sockaddr*)raw, 8);
  connect(-1, (struct sockaddr*)raw, 10);
  raw[3] = 0x10, raw[10] = 0x45, raw[12] = 2;
  connect(-1, (struct sockaddr*)raw, 12);
  connect(-1, (struct sockaddr*)raw, 14);
  connect(-1, (struct sockaddr*)raw, 15);
  memset(raw, 0, sizeof raw);
  raw[0] = AF_XDP;
  raw[2] = 0x41, raw[4] = 1, raw[12] = 3;
  bind(-1, (struct sockaddr*)raw, 16);
  int families[] = {AF_AX25, AF_IRDA, AF_CAN, AF_BLUETOOTH, AF_RXRPC, AF_ISDN, AF_PHONET, AF_CAIF, AF_NFC, AF_KCM, AF_SMC};
  for (unsigned i = 0; i < sizeof families / sizeof *families; ++i) {
    syscall(SYS_socket, families[i], 99, 1);
    syscall(SYS_socket, families[i], 99, 0xcc);
  }
  syscall(SYS_socket, AF_INET, 99, IPPROTO_ESP);
}

static unsigned char buf[256];
static struct sockaddr_nl nowhere = {AF_NETLINK, 0, 0x7ffffff0, 0};  // no socket has this port

static void Send(int s, unsigned len, unsigned type, unsigned flags, unsigned total) {
  struct nlmsghdr* h = (struct nlmsghdr*)buf;
  h->nlmsg_len = len, h->nlmsg_type = type, h->nlmsg_flags = flags, h->nlmsg_seq = 1, h->nlmsg_pid = 0;
  sendto(s, buf, total, 0, (struct sockaddr*)&nowhere, sizeof nowhere);
}

static void Netlink(void) {
  int s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
  Send(s, 16, RTM_NEWLINK, NLM_F_REQUEST, 16);  // not bound yet: strace cannot tell the protocol
  Send(s, 16, RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP | 0x800, 16);
  Send(s, 16, RTM_NEWADDR, NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL, 16);
  Send(s, 16, RTM_DELROUTE, NLM_F_REQUEST | NLM_F_NONREC, 16);
  memset(buf + 16, 0, 64);
  buf[16] = AF_INET6, buf[18] = 1, buf[20] = 1, buf[24] = 0x43, buf[28] = 1;
  Send(s, 32, RTM_GETLINK, NLM_F_REQUEST, 32);
  buf[16] = AF_INET, buf[17] = 24, buf[18] = 0x80, buf[19] = 253;
  Send(s, 24, RTM_NEWADDR, NLM_F_REQUEST, 24);
  Send(s, 23, RTM_NEWADDR, NLM_F_REQUEST, 23);
  Send(s, 20, 0x7777, NLM_F_REQUEST | NLM_F_ACK | 0x4000, 20);
  Send(s, 16, NLMSG_NOOP, 0, 10);
  Send(s, 16, NLMSG_NOOP, 0, 40);
  Send(s, 100, NLMSG_NOOP, 0, 20);
  *(int*)(buf + 16) = -22;
  Send(s, 36, NLMSG_ERROR, NLM_F_CAPPED, 36);
  *(int*)(buf + 16) = 5;
  Send(s, 20, NLMSG_DONE, NLM_F_MULTI, 20);
  for (int i = 0; i < 40; ++i) {
    struct nlmsghdr* h = (struct nlmsghdr*)(buf + 16 * (i % 16));
    h->nlmsg_len = 16, h->nlmsg_type = NLMSG_DONE, h->nlmsg_flags = 0;
  }
  sendto(s, buf, 256, 0, (struct sockaddr*)&nowhere, sizeof nowhere);
  sendto(s, (void*)0xbad0000, 16, 0, (struct sockaddr*)&nowhere, sizeof nowhere);
  // A request the kernel answers with an error (no such interface), and the answer.
  struct sockaddr_nl kernel = {AF_NETLINK, 0, 0, 0};
  struct nlmsghdr* h = (struct nlmsghdr*)buf;
  memset(buf, 0, sizeof buf);
  h->nlmsg_len = NLMSG_LENGTH(sizeof(struct ifinfomsg)), h->nlmsg_type = RTM_GETLINK;
  h->nlmsg_flags = NLM_F_REQUEST, h->nlmsg_seq = 2;
  ((struct ifinfomsg*)NLMSG_DATA(h))->ifi_index = 1000000;
  sendto(s, buf, h->nlmsg_len, 0, (struct sockaddr*)&kernel, sizeof kernel);
  recvfrom(s, buf, sizeof buf, 0, NULL, NULL);
  h->nlmsg_len = NLMSG_LENGTH(sizeof(struct ifinfomsg)), h->nlmsg_type = RTM_GETLINK, h->nlmsg_flags = NLM_F_REQUEST;
  h->nlmsg_seq = 3, h->nlmsg_pid = 0;
  memset(NLMSG_DATA(h), 0, sizeof(struct ifinfomsg));
  ((struct ifinfomsg*)NLMSG_DATA(h))->ifi_index = 1000000;
  struct iovec iov = {buf, h->nlmsg_len};
  struct msghdr mh = {&kernel, sizeof kernel, &iov, 1, NULL, 0, 0};
  sendmsg(s, &mh, 0);  // the same request and its answer through the msg calls
  iov.iov_len = sizeof buf;
  recvmsg(s, &mh, 0);
  int u = socket(AF_NETLINK, SOCK_RAW, NETLINK_USERSOCK);
  bind(u, (struct sockaddr*)&kernel, sizeof kernel);
  Send(u, 20, 0x20, NLM_F_REQUEST, 20);
  close(u);
  close(s);
}

static void Filters(void) {
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  struct sock_filter code[] = {
      BPF_STMT(BPF_LD | BPF_H | BPF_ABS, SKF_AD_OFF + SKF_AD_PROTOCOL), BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_NET_OFF + 9),
      BPF_STMT(BPF_LDX | BPF_B | BPF_MSH, 14), BPF_STMT(BPF_ALU | BPF_AND | BPF_K, 0xff),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0x800, 0, 1), BPF_STMT(BPF_MISC | BPF_TAX, 0),
      BPF_STMT(BPF_RET | BPF_K, 0xffff), BPF_STMT(BPF_RET | BPF_K, 0),
  };
  struct sock_fprog prog = {sizeof code / sizeof *code, code};
  setsockopt(s, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog);
  setsockopt(s, SOL_SOCKET, SO_ATTACH_FILTER, &prog, 20);
  struct sock_fprog bad = {3, (struct sock_filter*)0xbad0000};
  setsockopt(s, SOL_SOCKET, SO_ATTACH_FILTER, &bad, sizeof bad);
  close(s);
  struct sock_filter rules[] = {
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 4), BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0xc000003e, 1, 0),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS), BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 1),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW), {0xffff, 1, 2, 3},
  };
  struct sock_fprog rules_prog = {sizeof rules / sizeof *rules, rules};
  syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0x80000000, &rules_prog);  // an unknown flag: refused
  prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &rules_prog, 0, 0);  // an invalid instruction: refused
  prctl(PR_SET_SECCOMP, 77, &rules_prog, 0, 0);
}

int main(void) {
  Ipc();
  Addresses();
  Netlink();
  Filters();
  return 0;
}
