// Golden program for what the ninth format-coverage set
// (tests/format_coverage/heldout8/) found: -e write= dumps of a failed
// write and of iovecs after an empty one; -yy's abstract UNIX name;
// F_GET_SEALS' unknown bit and F_GETSIG's signal in the result; siginfo of
// signal-driven I/O (an RT signal's POLL_IN, SIGIO's SI_KERNEL) and of a
// seccomp trap (si_errno); Landlock's longer ruleset attr; SO_GET_FILTER (under -v its program);
// UFFDIO_COPY and UFFDIO_ZEROPAGE; PTRACE_GET_SYSCALL_INFO at each kind of
// stop and wait4's "SIGTRAP | 0x80"; the RTC/watchdog, MTD/UBI, KVM,
// console, device-mapper and V4L2 ioctl families on /dev/null (each fails
// with ENOTTY); a netlink
// RTM_GETRULE dump (fib_rule_hdr and FRA_* attributes) and an error reply
// cut by a short buffer with MSG_TRUNC. SIGCHLD is
// blocked (its delivery would race the wait4 lines).
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/dm-ioctl.h>
#include <linux/kd.h>
#include <linux/videodev2.h>
#include <linux/kvm.h>
#include <linux/fib_rules.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/landlock.h>
#include <linux/ptrace.h>
#include <linux/rtc.h>
#include <linux/seccomp.h>
#include <linux/userfaultfd.h>
#include <linux/vt.h>
#include <linux/watchdog.h>
#include <mtd/mtd-user.h>
#include <mtd/ubi-user.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef PTRACE_GET_SYSCALL_INFO
#define PTRACE_GET_SYSCALL_INFO 0x420e
#endif

static void ignore(int s, siginfo_t *si, void *uc) { (void)s; (void)si; (void)uc; }

static void catch_info(int sig) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = ignore;
  sa.sa_flags = SA_SIGINFO;
  sigaction(sig, &sa, 0);
}

static void dumps(void) {
  char buf[16] = "0123456789abcdef";
  syscall(SYS_write, 99, buf, 4);
  struct iovec iov[3] = {{buf, 3}, {buf, 0}, {buf + 4, 5}};
  int p[2];
  syscall(SYS_pipe2, p, 0);
  syscall(SYS_writev, p[1], iov, 3);
  syscall(SYS_close, p[0]);
  syscall(SYS_close, p[1]);
}

static void abstract_name(void) {
  int s = syscall(SYS_socket, AF_UNIX, SOCK_DGRAM, 0);
  struct sockaddr_un un;
  memset(&un, 0, sizeof un);
  un.sun_family = AF_UNIX;
  memcpy(un.sun_path + 1, "lzp-golden-h8", 13);
  syscall(SYS_bind, s, &un, offsetof(struct sockaddr_un, sun_path) + 14);
  syscall(SYS_fcntl, s, F_GETFL);
  syscall(SYS_close, s);
}

static void signal_driven_io(void) {
  int m = syscall(SYS_memfd_create, "seals", MFD_ALLOW_SEALING);
  syscall(SYS_fcntl, m, F_ADD_SEALS, 0x20);  // F_SEAL_EXEC (Linux 6.3)
  syscall(SYS_fcntl, m, F_GET_SEALS);
  syscall(SYS_close, m);
  catch_info(SIGRTMIN + 1);
  catch_info(SIGIO);
  int p[2];
  syscall(SYS_pipe2, p, 0);
  syscall(SYS_fcntl, p[0], F_SETOWN, syscall(SYS_getpid));
  syscall(SYS_fcntl, p[0], F_SETSIG, SIGRTMIN + 1);
  syscall(SYS_fcntl, p[0], F_GETSIG);
  syscall(SYS_fcntl, p[0], F_SETFL, O_ASYNC | O_NONBLOCK);
  syscall(SYS_write, p[1], "a", 1);
  char b[4];
  syscall(SYS_read, p[0], b, sizeof b);
  syscall(SYS_fcntl, p[0], F_SETSIG, 0);
  syscall(SYS_write, p[1], "b", 1);
  syscall(SYS_read, p[0], b, sizeof b);
  syscall(SYS_fcntl, p[0], F_SETFL, 0);
  syscall(SYS_close, p[0]);
  syscall(SYS_close, p[1]);
}

static void filters_and_rulesets(void) {
  unsigned long long attr[2] = {LANDLOCK_ACCESS_FS_READ_FILE, 1};
  int r = syscall(SYS_landlock_create_ruleset, attr, 16, 0);
  syscall(SYS_close, r);
  struct sock_filter f[] = {BPF_STMT(BPF_RET | BPF_K, 0xffff)};
  struct sock_fprog prog = {1, f};
  int s = syscall(SYS_socket, AF_INET, SOCK_DGRAM, 0);
  syscall(SYS_setsockopt, s, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog);
  struct sock_filter back[4];
  socklen_t l = 0;
  syscall(SYS_getsockopt, s, SOL_SOCKET, SO_GET_FILTER, back, &l);
  l = 4;  // the program read back (under -v its instructions)
  syscall(SYS_getsockopt, s, SOL_SOCKET, SO_GET_FILTER, back, &l);
  syscall(SYS_close, s);
}

static void userfaults(void) {
  int u = syscall(SYS_userfaultfd, O_CLOEXEC);
  struct uffdio_api api = {UFFD_API, 0, 0};
  syscall(SYS_ioctl, u, UFFDIO_API, &api);
  char *m = (char *)syscall(SYS_mmap, 0, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  static char src[4096] __attribute__((aligned(4096)));
  struct uffdio_register reg = {{(unsigned long)m, 3 * 4096}, UFFDIO_REGISTER_MODE_MISSING, 0};
  syscall(SYS_ioctl, u, UFFDIO_REGISTER, &reg);
  struct uffdio_copy cp = {(unsigned long)m, (unsigned long)src, 4096, UFFDIO_COPY_MODE_DONTWAKE, 0};
  syscall(SYS_ioctl, u, UFFDIO_COPY, &cp);
  syscall(SYS_ioctl, u, UFFDIO_COPY, &cp);
  struct uffdio_zeropage zp = {{(unsigned long)m + 4096, 4096}, 0, 0};
  syscall(SYS_ioctl, u, UFFDIO_ZEROPAGE, &zp);
  syscall(SYS_close, u);
  syscall(SYS_munmap, m, 3 * 4096);
}

static void syscall_info(void) {
  int go[2];
  syscall(SYS_pipe2, go, 0);
  pid_t c = fork();
  if (c == 0) {
    char x;
    syscall(SYS_read, go[0], &x, 1);
    syscall(SYS_kill, syscall(SYS_getpid), SIGSTOP);
    syscall(SYS_getuid, 1, 2, 3, 4, 5, 6);
    syscall(SYS_exit_group, 0);
  }
  syscall(SYS_ptrace, PTRACE_SEIZE, c, 0, PTRACE_O_TRACESYSGOOD);
  syscall(SYS_write, go[1], "g", 1);
  int st;
  struct ptrace_syscall_info si;
  syscall(SYS_wait4, c, &st, 0, 0);
  syscall(SYS_ptrace, PTRACE_GET_SYSCALL_INFO, c, sizeof si, &si);
  for (int stop = 0; stop < 2; ++stop) {
    syscall(SYS_ptrace, PTRACE_SYSCALL, c, 0, 0);
    syscall(SYS_wait4, c, &st, 0, 0);
    syscall(SYS_ptrace, PTRACE_GET_SYSCALL_INFO, c, sizeof si, &si);
    syscall(SYS_ptrace, PTRACE_GET_SYSCALL_INFO, c, 8, &si);
  }
  syscall(SYS_ptrace, PTRACE_CONT, c, 0, 0);
  syscall(SYS_wait4, c, &st, 0, 0);
  syscall(SYS_close, go[0]);
  syscall(SYS_close, go[1]);
}

static void device_ioctls(void) {
  int fd = syscall(SYS_openat, AT_FDCWD, "/dev/null", O_RDWR);
  struct rtc_time t = {59, 58, 23, 31, 11, 125, 3, 364, 0};
  syscall(SYS_ioctl, fd, RTC_SET_TIME, &t);
  struct rtc_wkalrm w;
  memset(&w, 0, sizeof w);
  w.pending = 1;
  w.time = t;
  syscall(SYS_ioctl, fd, RTC_WKALM_SET, &w);
  syscall(SYS_ioctl, fd, RTC_IRQP_SET, 1024);
  syscall(SYS_ioctl, fd, RTC_UIE_ON, 0);
  int v = 7;
  syscall(SYS_ioctl, fd, WDIOC_SETTIMEOUT, &v);
  syscall(SYS_ioctl, fd, WDIOC_KEEPALIVE, 0);
  struct erase_info_user e = {0x40000, 0x20000};
  syscall(SYS_ioctl, fd, MEMERASE, &e);
  syscall(SYS_ioctl, fd, MEMGETINFO, (void *)0xbad0000);
  struct ubi_rsvol_req rs = {4096, 1};
  syscall(SYS_ioctl, fd, UBI_IOCRSVOL, &rs);
  struct ubi_attach_req at;
  memset(&at, 0, sizeof at);
  at.ubi_num = 2;
  at.mtd_num = 3;
  syscall(SYS_ioctl, fd, UBI_IOCATT, &at);
  syscall(SYS_ioctl, fd, KVM_CHECK_EXTENSION, KVM_CAP_USER_MEMORY);
  struct kvm_userspace_memory_region r = {1, KVM_MEM_LOG_DIRTY_PAGES, 0x200000, 4096, 0x7f1234560000ULL};
  syscall(SYS_ioctl, fd, KVM_SET_USER_MEMORY_REGION, &r);
  struct kvm_regs regs;
  memset(&regs, 0, sizeof regs);
  regs.rsp = 0x8000;
  regs.rip = 0xfff0;
  syscall(SYS_ioctl, fd, KVM_SET_REGS, &regs);
  syscall(SYS_ioctl, fd, KDSETMODE, KD_TEXT);
  syscall(SYS_ioctl, fd, KDSETLED, LED_NUM);
  syscall(SYS_ioctl, fd, KDMKTONE, (100 << 16) | 1000);
  struct kbentry ke = {K_NORMTAB, 16, (0 << 8) | 'q'  /* K(KT_LATIN, 'q') */};
  syscall(SYS_ioctl, fd, KDSKBENT, &ke);
  struct kbsentry ks;
  memset(&ks, 0, sizeof ks);
  ks.kb_func = 0;
  strcpy((char *)ks.kb_string, "\033[[A");
  syscall(SYS_ioctl, fd, KDSKBSENT, &ks);
  syscall(SYS_ioctl, fd, VT_ACTIVATE, 2);
  static union { struct dm_ioctl io; char raw[512]; } dm;
  dm.io.version[0] = 4;
  dm.io.data_size = sizeof dm;
  dm.io.data_start = sizeof(struct dm_ioctl);
  dm.io.target_count = 2;
  dm.io.flags = DM_READONLY_FLAG;
  strcpy(dm.io.name, "golden");
  syscall(SYS_ioctl, fd, DM_TABLE_LOAD, &dm);
  syscall(SYS_ioctl, fd, DM_LIST_DEVICES, &dm);
  dm.io.data_size = 8;
  syscall(SYS_ioctl, fd, DM_DEV_SUSPEND, &dm);
  struct v4l2_format f;
  memset(&f, 0, sizeof f);
  f.type = V4L2_BUF_TYPE_VIDEO_OUTPUT;
  f.fmt.pix.width = 320;
  f.fmt.pix.height = 240;
  f.fmt.pix.pixelformat = V4L2_PIX_FMT_RGB24;
  f.fmt.pix.field = V4L2_FIELD_NONE;
  syscall(SYS_ioctl, fd, VIDIOC_S_FMT, &f);
  struct v4l2_requestbuffers rb;
  memset(&rb, 0, sizeof rb);
  rb.count = 2;
  rb.type = V4L2_BUF_TYPE_VIDEO_OUTPUT;
  rb.memory = V4L2_MEMORY_USERPTR;
  syscall(SYS_ioctl, fd, VIDIOC_REQBUFS, &rb);
  struct v4l2_control ctl = {V4L2_CID_HUE, -3};
  syscall(SYS_ioctl, fd, VIDIOC_S_CTRL, &ctl);
  int type = V4L2_BUF_TYPE_VIDEO_OUTPUT;
  syscall(SYS_ioctl, fd, VIDIOC_STREAMOFF, &type);
  syscall(SYS_close, fd);
}

static void rule_dump(void) {
  int s = syscall(SYS_socket, AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
  struct sockaddr_nl sn;
  memset(&sn, 0, sizeof sn);
  sn.nl_family = AF_NETLINK;
  sn.nl_pid = 0x4c5a0899;
  syscall(SYS_bind, s, &sn, sizeof sn);
  struct { struct nlmsghdr h; struct fib_rule_hdr r; } rq;
  memset(&rq, 0, sizeof rq);
  rq.h.nlmsg_len = sizeof rq;
  rq.h.nlmsg_type = RTM_GETRULE;
  rq.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
  rq.h.nlmsg_seq = 1;
  rq.r.family = AF_INET6;
  syscall(SYS_sendto, s, &rq, sizeof rq, 0, NULL, 0);
  static char buf[8192];
  syscall(SYS_recvfrom, s, buf, sizeof buf, MSG_DONTWAIT, NULL, NULL);
  rq.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;  // a GETRULE that is not a dump: refused, with the request echoed
  rq.h.nlmsg_seq = 2;
  rq.r.table = 77;
  rq.r.action = 99;
  syscall(SYS_sendto, s, &rq, sizeof rq, 0, NULL, 0);
  syscall(SYS_recvfrom, s, buf, 24, MSG_TRUNC | MSG_DONTWAIT, NULL, NULL);
  syscall(SYS_close, s);
}

static void seccomp_trap(void) {
  catch_info(SIGSYS);
  struct sock_filter f[] = {
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_getppid, 0, 1),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRAP | 0x2a),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  struct sock_fprog prog = {4, f};
  syscall(SYS_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
  syscall(SYS_getppid);
}

int main(void) {
  unsigned long chld = 1UL << (SIGCHLD - 1);
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, &chld, 0, 8);
  dumps();
  abstract_name();
  signal_driven_io();
  filters_and_rulesets();
  userfaults();
  syscall_info();
  device_ioctls();
  rule_dump();
  seccomp_trap();  // last: the filter stays
  return 0;
}
