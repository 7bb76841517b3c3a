// prctl options newer than strace 6.1: PR_SET_MDWE and PR_GET_MDWE, PR_GET_AUXV's size, PR_SET/GET_MEMORY_MERGE, PR_GET_SHADOW_STACK_STATUS into a cell, PR_TIMER_CREATE_RESTORE_IDS, PR_FUTEX_HASH, PR_RISCV_V_GET_CONTROL (EINVAL here); all arguments passed.
#define _GNU_SOURCE
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_prctl, 66, 0, 0, 0, 0);
  syscall(SYS_prctl, 65, 1, 0, 0, 0);
  syscall(SYS_prctl, 66, 0, 0, 0, 0);
  static char aux[1024];
  syscall(SYS_prctl, 0x41555856, aux, 0, 0, 0);
  syscall(SYS_prctl, 68, 0, 0, 0, 0);
  syscall(SYS_prctl, 67, 1, 0, 0, 0);
  syscall(SYS_prctl, 68, 0, 0, 0, 0);
  syscall(SYS_prctl, 67, 0, 0, 0, 0);
  unsigned long status = 7;
  syscall(SYS_prctl, 74, &status, 0, 0, 0);
  syscall(SYS_prctl, 77, 2, 0, 0, 0);
  syscall(SYS_prctl, 78, 0, 0, 0, 0);
  syscall(SYS_prctl, 70, 0, 0, 0, 0);
  return 0;
}
