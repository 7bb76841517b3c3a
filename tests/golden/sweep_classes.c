/* Golden program: what the table-wide sweep (tests/format_coverage/sweep/)
 * found, one call per mechanism fixed: iovec counts whose bytes overflow
 * (an address), select's sets with nfds 0 or negative (addresses), struct
 * arrays with no elements ("[]") or an overflowing count, get_mempolicy's
 * and sendmmsg's empty arrays, kexec_load's segments, landlock_add_rule
 * with an unknown rule type, the kernel's types of semop's nsops, futex's
 * val, socketpair's protocol, quotactl's id, sysfs's option, rseq's
 * arguments and mmap's flags, flag tables' unknown-bit comments, and values
 * strace names (CLOCK_SGI_CYCLE, MADV_SOFT_OFFLINE, LOCK_RW,
 * io_uring_register opcodes strace 6.1 does not know); socket options
 * (SOL_XDP's names, SOL_NETLINK's int shorter than an int, getsockopt's
 * optlen of -1); set_thread_area's struct user_desc, get_thread_area's
 * entry number, rt_sigpending with a size of 0 (its address), modify_ldt's
 * user_desc (bytecount 16 only), arch_prctl(ARCH_GET_GS) answering 0 (the
 * GS base is the interposer's: untraced it is 0), PTRACE_SETREGS's
 * registers; ints strace shows signed (get_thread_area's entry number,
 * msg_namelen) or unsigned (a sigevent's signal for an unknown kind),
 * SIG_ERR, mknod's special bits with no file type, SOL_RAW's unknown
 * option, PTRACE_GETFPXREGS's addr and data; prctl's argument counts,
 * mincore, setgroups, ptrace's long request, sizes past a page (below).
 * Every call fails
 * (bad fd, bad id, bad flags, a path that does not exist) or changes
 * nothing, and no pointer is NULL or small (page 0 is the hybrid mode's
 * trampoline): pointers are to a zeroed page mapped here. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/futex.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define HI 0xdefaced00000000UL
#define BAD_PATH "/nonexistent-lzptrace-golden/x"

int main(void) {
  char* page = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (page == MAP_FAILED) return 1;
  struct timespec zero = {0, 0};
  /* Counts whose bytes overflow 64 bits: the array's address. */
  syscall(SYS_readv, -1L, page, -1L);
  syscall(SYS_writev, -1L, page, 0xffffffff80000000UL);
  syscall(SYS_process_vm_readv, 0L, page, -1L, page, 0UL, 0UL);
  /* select with nfds 0 or negative: no set is read. */
  syscall(SYS_select, 0L, page, page, page, page);
  syscall(SYS_pselect6, -1L, page, page, page, page, 0UL);
  /* Struct arrays: no elements, an overflowing count, a 32-bit count. */
  syscall(SYS_semop, 0x7fffffffL, page, 0UL);
  syscall(SYS_semop, 0x7fffffffL, page, HI | 1);
  syscall(SYS_io_submit, 0UL, 0xffffffff80000000UL, page);
  syscall(SYS_get_mempolicy, page, page, 0UL, page, 0UL);
  syscall(SYS_sendmmsg, -1L, page, 0UL, 0UL);
  syscall(SYS_recvmmsg, -1L, page, 0UL, 0UL, &zero);
  /* kexec_load's segments, with an architecture the kernel refuses. */
  syscall(SYS_kexec_load, page, 0UL, page, 3UL << 16);
  syscall(SYS_kexec_load, page, 1UL, page, 3UL << 16);
  syscall(SYS_kexec_load, page, 17UL, page, 3UL << 16);
  syscall(SYS_landlock_add_rule, -1L, 0UL, page, 0UL);
  syscall(SYS_landlock_add_rule, -1L, 1UL, page, 0UL);
  /* Kernel types. */
  syscall(SYS_futex, page, FUTEX_WAIT, HI | 0xffffffffUL, &zero, 0UL, 0UL);
  syscall(SYS_socketpair, 0L, 0L, 0xffffffffUL, page);
  syscall(SYS_quotactl_fd, -1L, 0UL, 0xffffffff80000000UL, page);
  syscall(SYS_sysfs, HI | 1, 0UL, 0UL);
  syscall(SYS_rseq, page, HI | 1, HI | 1, HI | 1);
  syscall(SYS_mmap, page, 0UL, PROT_NONE, HI | MAP_SHARED, -1L, 0UL);
  syscall(SYS_setxattr, BAD_PATH, "user.x", page, 0xffffffff80000000UL, 0UL);
  /* Flag tables: unknown bits, and names strace has. */
  syscall(SYS_msync, page, 0UL, 8UL);
  syscall(SYS_sendto, -1L, page, 0UL, 0x100000UL, page, 0UL);
  syscall(SYS_msgrcv, 0x7fffffffL, page, 0UL, 0L, 1UL);
  syscall(SYS_fcntl, -1L, F_SETFD, 0x5a000000UL);
  syscall(SYS_fcntl, -1L, F_SETFD, 3UL);
  syscall(SYS_delete_module, BAD_PATH, 1UL);
  syscall(SYS_io_uring_enter, -1L, 0UL, 0UL, 0x20UL, page, 0UL);
  syscall(SYS_io_uring_register, -1L, 24UL, page, 0UL);
  syscall(SYS_timerfd_create, 10L, 0UL);
  syscall(SYS_timerfd_create, 0L, 4UL);
  syscall(SYS_clock_getres, 10L, page);
  syscall(SYS_madvise, page + 1, 0UL, 101UL);
  syscall(SYS_flock, -1L, 0xffffffffUL);
  {
    int v = 1;
    unsigned int all_ones = 0xffffffff;
    syscall(SYS_setsockopt, -1, 283, 8, &v, 4);  /* SOL_XDP, XDP_OPTIONS */
    syscall(SYS_setsockopt, -1, 283, 9, &v, 4);  /* XDP_??? */
    syscall(SYS_setsockopt, -1, 270, 1, &v, 2);  /* SOL_NETLINK: shorter than an int */
    syscall(SYS_setsockopt, -1, 270, 1, &v, 8);
    syscall(SYS_getsockopt, -1, 1, 8, &v, &all_ones);  /* SO_RCVBUF, optlen -1 */
  }
  {
    unsigned int desc[4] = {12, 0x1000, 0xfffff, 0x51};
    unsigned long pending = 0;
    syscall(SYS_get_thread_area, desc);  /* ENOSYS on x86-64 kernels without IA32 emulation */
    syscall(SYS_set_thread_area, desc);
    syscall(SYS_get_thread_area, 0xbad0000);
    syscall(SYS_rt_sigpending, &pending, 0);
    syscall(SYS_rt_sigpending, &pending, 4);
  }
  {
    unsigned int ldt[4] = {0, 0, 0, 0};
    unsigned long gs = 1;
    syscall(SYS_modify_ldt, 0, ldt, 16);
    syscall(SYS_modify_ldt, 0, ldt, 8);
    syscall(SYS_arch_prctl, 0x1004 /* ARCH_GET_GS */, &gs);
  }
  {
    unsigned long regs[27] = {1, 2, 3, [15] = 0x3c, [26] = 0xffffffffffffffffUL};
    syscall(SYS_ptrace, 13 /* PTRACE_SETREGS */, getpid(), 0, regs);  /* ESRCH: not our tracee */
    syscall(SYS_ptrace, 13, getpid(), 0, 0xbad0000);
  }
  {
    unsigned int desc[4] = {0xffffffff, 0, 0, 0};
    syscall(SYS_get_thread_area, desc);
    unsigned long act[4] = {~0UL, 0, 0, 0};  /* handler SIG_ERR, for signal 0: EINVAL */
    syscall(SYS_rt_sigaction, 0, act, 0, 8);
    int sev[16] = {0};
    sev[2] = -1;        /* sigev_signo */
    sev[3] = 0x7777;    /* sigev_notify: unknown */
    syscall(SYS_timer_create, 0, sev, 0xbad0000);
    struct { unsigned long name; unsigned int namelen; unsigned long iov, iovlen, control, controllen; int flags; } mh = {0, 0xffffffff, 0, 0, 0, 0, 0};
    syscall(SYS_recvmsg, 0, &mh, 0);  /* stdin is no socket here: ENOTSOCK (or EBADF) */
    syscall(SYS_mknod, "/nonexistent-golden-dir/node", 07777, 0);
    syscall(SYS_mknod, "/nonexistent-golden-dir/node", 04644, 0);
    int v = 0;
    syscall(SYS_setsockopt, -1, 255, 0, &v, 0);  /* SOL_RAW, option 0 */
    syscall(SYS_ptrace, 18 /* PTRACE_GETFPXREGS */, getpid(), 0xbad0000, 0xbad1000);
  }
  /* The sixth session's rows: PR_SET_TIMING's and PR_SET_SECUREBITS' one
   * argument (-1: refused, nothing set), PR_GET_TIMING's none, mincore's
   * empty vector for a failed zero length, setgroups with a size above
   * NGROUPS_MAX or negative (the list's address), a ptrace request with
   * bits above 32 (no name), openat2 and bpf with a size past a page. */
  syscall(SYS_prctl, 14 /* PR_SET_TIMING */, 0x100000001UL, 5UL, 6UL, 7UL);
  syscall(SYS_prctl, 13 /* PR_GET_TIMING */, 1UL, 2UL, 3UL, 4UL);
  syscall(SYS_prctl, 31 /* PR_TASK_PERF_EVENTS_DISABLE */, 1UL, 2UL, 3UL, 4UL);
  syscall(SYS_prctl, 28 /* PR_SET_SECUREBITS */, -1L, 5UL, 6UL, 7UL);
  syscall(SYS_mincore, page + 1, 0UL, page);
  syscall(SYS_setgroups, -1L, page);
  syscall(SYS_setgroups, 65537L, page);
  syscall(SYS_ptrace, 0xdefaced00000001UL, -1L, page, page);
  syscall(SYS_openat2, AT_FDCWD, BAD_PATH, page, 0xffffffffUL);
  syscall(SYS_bpf, 0L, page, 4097UL);
  return 0;
}
