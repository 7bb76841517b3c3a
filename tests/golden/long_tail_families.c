/* Golden program: syscall families the second held-out set
 * (tests/format_coverage/heldout2/) found printed differently, one call or
 * a few for each form fixed: move_pages' arrays and migrate_pages' node
 * masks, NUMA modes and flags with no name; sched_attr's flags, a size
 * below the first version's (and the size E2BIG writes back), SCHED_ISO;
 * Landlock's structs and constants; seccomp by operation; POSIX message
 * queues' struct mq_attr and priority, mq_open without O_CREAT;
 * fsconfig's commands and string values, mount_setattr's struct
 * mount_attr; fanotify_mark's FAN_NOFD; quotactl's Q_QUOTAON path and
 * Q_GETINFO without an id; ptrace's register requests, PEEKUSER offsets
 * and GETREGSET's iovec; a queued signal's value; io_pgetevents' sigmask
 * of the wrong size; process_madvise's iovec. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <linux/landlock.h>
#include <linux/mempolicy.h>
#include <linux/mount.h>
#include <linux/ptrace.h>
#include <linux/seccomp.h>
#include <mqueue.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/fanotify.h>
#include <sys/mman.h>
#include <sys/quota.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

struct sched_attr_v1 {  /* <linux/sched/types.h>, not includable beside <sched.h> */
  uint32_t size, sched_policy; uint64_t sched_flags; int32_t sched_nice; uint32_t sched_priority;
  uint64_t sched_runtime, sched_deadline, sched_period; uint32_t sched_util_min, sched_util_max;
};
struct aio_sigset { const sigset_t* sigmask; size_t sigsetsize; };

int main(void) {
  unsigned long mask[2] = {1, 0};
  void* p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  void* pages[1] = {p};
  int nodes[1] = {0}, status[1] = {-1};
  syscall(SYS_move_pages, 0, 1, pages, NULL, status, 0);
  syscall(SYS_move_pages, 0, 1, pages, nodes, status, MPOL_MF_MOVE);
  syscall(SYS_move_pages, -1, 1, pages, NULL, status, 0);
  syscall(SYS_migrate_pages, 0, 64, mask, mask);
  syscall(SYS_set_mempolicy, 77, mask, 64);
  syscall(SYS_mbind, p, 8192, MPOL_INTERLEAVE, mask, 64, 0x80);
  int mode;
  syscall(SYS_get_mempolicy, &mode, mask, 1, NULL, 0x100);

  struct sched_attr_v1 a;
  memset(&a, 0, sizeof a);
  a.size = sizeof a; a.sched_policy = 77; a.sched_flags = 1 | 0x400;
  syscall(SYS_sched_setattr, 0, &a, 0);
  a.size = 1;
  syscall(SYS_sched_setattr, 0, &a, 0);
  sched_get_priority_max(4);

  syscall(SYS_landlock_create_ruleset, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);
  struct landlock_ruleset_attr ra = {.handled_access_fs = LANDLOCK_ACCESS_FS_EXECUTE | (1ULL << 40)};
  syscall(SYS_landlock_create_ruleset, &ra, sizeof ra, 0x10);
  struct landlock_path_beneath_attr pb = {.allowed_access = LANDLOCK_ACCESS_FS_READ_FILE, .parent_fd = -1};
  syscall(SYS_landlock_add_rule, -1, LANDLOCK_RULE_PATH_BENEATH, &pb, 0);
  syscall(SYS_landlock_add_rule, -1, 7, NULL, 0);

  unsigned int action = SECCOMP_RET_LOG;
  syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &action);
  struct seccomp_notif_sizes sizes;
  syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes);
  struct sock_fprog { unsigned short len; void* filter; } prog = {0, NULL};
  syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_LOG | 0x100, &prog);

  struct mq_attr attr = {.mq_flags = 0, .mq_maxmsg = 4, .mq_msgsize = 16};
  int q = syscall(SYS_mq_open, "lzp-golden-families", O_RDWR | O_CREAT | O_EXCL, 0600, &attr);
  struct timespec ts = {0, 0};
  syscall(SYS_mq_timedsend, q, "hello", 5, 3, &ts);
  char buf[16];
  unsigned prio;
  syscall(SYS_mq_timedreceive, q, buf, sizeof buf, &prio, &ts);
  struct mq_attr got;
  attr.mq_flags = O_NONBLOCK;
  syscall(SYS_mq_getsetattr, q, &attr, &got);
  close(q);
  syscall(SYS_mq_unlink, "lzp-golden-families");
  syscall(SYS_mq_open, "lzp-golden-families", O_RDONLY, 0, NULL);

  syscall(SYS_fsconfig, -1, FSCONFIG_SET_STRING, "size", "1m", 0);
  syscall(SYS_fsconfig, -1, 99, NULL, NULL, 0);
  struct mount_attr ma = {.attr_set = MOUNT_ATTR_RDONLY, .attr_clr = MOUNT_ATTR_NOEXEC, .propagation = MS_PRIVATE};
  syscall(SYS_mount_setattr, AT_FDCWD, "/nonexistent-golden", AT_RECURSIVE, &ma, sizeof ma);
  int fan = fanotify_init(FAN_CLASS_NOTIF, O_RDONLY);
  fanotify_mark(fan, FAN_MARK_FLUSH, 0, -1, NULL);
  close(fan);
  char dq[128];
  quotactl(QCMD(Q_QUOTAON, USRQUOTA), "/dev/nonexistent-golden", QFMT_VFS_V1, "/quota.user");
  syscall(SYS_quotactl_fd, -1, QCMD(Q_GETINFO, USRQUOTA), 0, dq);

  long word;
  char regs[512];
  struct iovec v = {regs, sizeof regs};
  syscall(SYS_ptrace, PTRACE_PEEKUSR, 999999, 8 * 14, &word);
  syscall(SYS_ptrace, PTRACE_PEEKUSR, 999999, 1000, &word);
  syscall(SYS_ptrace, PTRACE_GETREGS, 999999, 0, regs);
  syscall(SYS_ptrace, PTRACE_GETREGSET, 999999, 1, &v);
  syscall(SYS_ptrace, PTRACE_GET_SYSCALL_INFO, 999999, sizeof regs, regs);

  siginfo_t si;
  memset(&si, 0, sizeof si);
  si.si_signo = SIGUSR2; si.si_code = SI_QUEUE; si.si_pid = 1;
  syscall(SYS_rt_sigqueueinfo, -1, SIGUSR2, &si);
  si.si_value.sival_int = 5;
  syscall(SYS_rt_sigqueueinfo, -1, SIGUSR2, &si);

  aio_context_t ctx = 0;
  syscall(SYS_io_setup, 2, &ctx);
  struct io_event ev[2];
  sigset_t m;
  sigemptyset(&m);
  sigaddset(&m, SIGUSR1);
  struct aio_sigset s = {&m, 4};
  syscall(SYS_io_pgetevents, ctx, 0, 2, ev, &ts, &s);
  syscall(SYS_io_destroy, ctx);

  int self = syscall(SYS_pidfd_open, getpid(), 0);
  struct iovec one = {p, 4096};
  syscall(SYS_process_madvise, self, &one, 1, MADV_COLD, 0);
  return 0;
}
