// prctl options beyond the common ones: names (cut at 15 bytes), the parent
// death signal, dumpable, no_new_privs, capability bounding set, subreaper,
// keepcaps, timer slack, the tid address, and an unknown option; the
// setters strace prints one unsigned number for (FP emulation and
// exceptions, endianness; all refused on x86-64), PR_SET_TSC's mode and
// PR_SET_UNALIGN's bits; mq_unlink's name whole (a path, not cut by -s); and
// arch_prctl's getters given no cell (NULL).
#include <asm/prctl.h>
#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <signal.h>
#include <sys/prctl.h>

int main(void) {
  char name[32];
  int cell = 0;
  int* tid = 0;
  prctl(PR_SET_NAME, "golden-prctl");
  prctl(PR_GET_NAME, name);
  prctl(PR_SET_NAME, "0123456789abcdefghij");
  prctl(PR_GET_NAME, name);
  prctl(PR_SET_PDEATHSIG, SIGUSR2);
  prctl(PR_GET_PDEATHSIG, &cell);
  prctl(PR_SET_PDEATHSIG, 0);
  prctl(PR_GET_DUMPABLE);
  prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
  prctl(PR_CAPBSET_READ, CAP_NET_RAW);
  prctl(PR_SET_CHILD_SUBREAPER, 1);
  prctl(PR_GET_CHILD_SUBREAPER, &cell);
  prctl(PR_GET_KEEPCAPS);
  prctl(PR_SET_KEEPCAPS, 0);
  prctl(PR_SET_TIMERSLACK, 50000);
  prctl(PR_GET_TIMERSLACK);
  prctl(PR_GET_SECUREBITS);
  prctl(PR_GET_TID_ADDRESS, &tid);
  prctl(0x7fff0001, 1, 2, 3, 4);
  syscall(SYS_prctl, PR_SET_FPEMU, 0x100000001ULL, 2, 3, 4);
  syscall(SYS_prctl, PR_SET_FPEXC, -1L, 2, 3, 4);
  syscall(SYS_prctl, PR_SET_ENDIAN, 1L, 2, 3, 4);
  syscall(SYS_prctl, PR_SET_TSC, 7L, 2, 3, 4);
  syscall(SYS_prctl, PR_SET_UNALIGN, 7L, 2, 3, 4);
  syscall(SYS_prctl, PR_SET_UNALIGN, 0L, 2, 3, 4);
  syscall(SYS_prctl, PR_SET_TSC, (long)PR_TSC_ENABLE, 0, 0, 0);
  syscall(SYS_mq_unlink, "/golden-prctl-more-a-queue-name-longer-than-the-string-limit");
  syscall(SYS_arch_prctl, ARCH_GET_FS, 0L);
  syscall(SYS_arch_prctl, ARCH_GET_GS, 0L);
  return 0;
}
