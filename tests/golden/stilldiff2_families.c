/* Golden program: the third pass over the "still printed differently" list
 * (branch helper-stilldiff2), one call per mechanism fixed: lengths and
 * counts the kernel reads as 64 bits with garbage in the upper half
 * (openat2, mount_setattr, landlock_create_ruleset, io_submit), sched_setattr
 * with SCHED_FLAG_KEEP_PARAMS and a size past the struct, io_cancel's iocb
 * header, capset with an unreadable header, mbind/set_mempolicy modes with
 * stray bits, pkey_alloc's 64-bit flags, perf_event_attr's branch-stack bit
 * and reserved bits, ptrace's PEEKSIGINFO arguments and SECCOMP_GET_FILTER
 * index, _sysctl's struct, ioctls with no argument (TIOCVHANGUP) and the
 * bridge's ifr_ifindex. Every call fails and changes nothing; pointers are
 * to pages mapped here (one zeroed, one all ones, one unreadable).
 * With "names" (-Y): the parent renames itself and forks; the child, once
 * its parent sleeps in wait4, renames itself too and exits: each line shows
 * the names as they were when strace printed it (the rename's own line the
 * old one, the wait4's argument the child's inherited one, its result none:
 * the child is reaped). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <linux/sockios.h>
#include <sys/prctl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "tests/programs/blocked_in.h"

#define HI 0xdefaced00000000UL
#define BAD_PATH "/nonexistent-lzptrace-golden/x"

static void names(void) {
  syscall(SYS_prctl, PR_SET_NAME, "lzp-sd2-parent", 0UL, 0UL, 0UL);
  pid_t me = getpid();
  long child = syscall(SYS_fork);
  if (child == 0) {
    while (blocked_in(me) != SYS_wait4) {
    }
    syscall(SYS_prctl, PR_SET_NAME, "lzp-sd2-child", 0UL, 0UL, 0UL);
    syscall(SYS_kill, me, 0);
    syscall(SYS_exit_group, 0);
  }
  int status;
  syscall(SYS_wait4, child, &status, 0, 0);
  syscall(SYS_kill, me, 0);
}

int main(int argc, char** argv) {
  if (argc > 1 && strcmp(argv[1], "names") == 0) return names(), 0;
  char* page = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (page == MAP_FAILED) return 1;
  char* ones = page + 4096;
  char* none = page + 2 * 4096;
  memset(ones, 0xff, 4096);
  mprotect(none, 4096, PROT_NONE);
  /* A size_t length with bits in its upper half: the struct as far as it goes. */
  syscall(SYS_openat2, AT_FDCWD, BAD_PATH, page, HI | 24);
  syscall(SYS_mount_setattr, -1L, BAD_PATH, 0UL, page, HI | 32);
  syscall(SYS_landlock_create_ruleset, page, HI | 8, 0UL);
  syscall(SYS_io_submit, 0UL, HI | 1, page);
  /* sched_setattr: KEEP_PARAMS leaves the parameters out; a size past 56 ends in "...". */
  unsigned int* attr = (unsigned int*)(page + 2048);
  attr[0] = 0xffffffff;       /* size */
  attr[1] = 0xffffffff;       /* sched_policy */
  attr[2] = 0x10 | 0x20;      /* sched_flags: KEEP_PARAMS | UTIL_CLAMP_MIN */
  syscall(SYS_sched_setattr, 0L, attr, 0UL);
  memset(attr, 0, 64);
  /* io_cancel: key, rw_flags and reqprio in the header, an unknown opcode. */
  struct iocb* cb = (struct iocb*)(page + 1024);
  cb->aio_key = 7;
  cb->aio_rw_flags = 1;       /* RWF_HIPRI */
  cb->aio_lio_opcode = 0xffff;
  cb->aio_reqprio = 3;
  cb->aio_fildes = -1;
  syscall(SYS_io_cancel, 0UL, cb, page);
  memset(cb, 0, sizeof *cb);
  /* capset: an unreadable header, the data's address. */
  syscall(SYS_capset, none, page);
  /* Policy modes with stray bits and no MPOL_F_ flag: unknown whole. */
  syscall(SYS_mbind, page, 0UL, HI | 1, page, 0UL, 0UL);
  syscall(SYS_set_mempolicy, 0x10001UL, page, 0UL);
  syscall(SYS_pkey_alloc, HI | 1, 0UL);
  /* perf_event_attr of all ones: PERF_SAMPLE_BRANCH_STACK and __reserved_1. */
  syscall(SYS_perf_event_open, ones, 0L, -1L, -1L, 0UL);
  memset(ones, 0xff, 4096);
  /* ptrace: PEEKSIGINFO's arguments, SECCOMP_GET_FILTER's index. */
  unsigned int* psi = (unsigned int*)(page + 512);
  psi[2] = 1;                 /* flags: PTRACE_PEEKSIGINFO_SHARED */
  psi[3] = 4;                 /* nr */
  syscall(SYS_ptrace, 0x4209UL, 0L, psi, page);
  syscall(SYS_ptrace, 0x420cUL, 0L, 3UL, page);
  /* _sysctl: the struct's pointers. */
  syscall(SYS__sysctl, page);
  syscall(SYS__sysctl, ones);
  /* ioctls on /dev/null (ENOTTY): no argument; the bridge's interface index. */
  int fd = syscall(SYS_openat, AT_FDCWD, "/dev/null", O_RDONLY);
  syscall(SYS_ioctl, fd, 0x5437UL, page);  /* TIOCVHANGUP */
  *(int*)(page + 16) = 5;
  syscall(SYS_ioctl, fd, SIOCBRADDIF, page);
  syscall(SYS_ioctl, fd, SIOCBRDELIF, page);
  syscall(SYS_close, fd);
  return 0;
}
