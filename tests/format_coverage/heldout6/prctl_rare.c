// prctl options no earlier set tried: PR_SET_MM (failing), PR_CAP_AMBIENT, PR_SET_PTRACER, speculation control, PR_SET_VMA's anonymous names, core scheduling, IO flusher, MCE kill, THP, FP mode, TSC, endian, unaligned, FP emulation, and values with unknown bits.
#define _GNU_SOURCE
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#define BAD 0xbad0000UL
int main(void) {
  int v = 0;
  syscall(SYS_prctl, PR_SET_MM, PR_SET_MM_START_CODE, BAD, 0, 0);
  syscall(SYS_prctl, PR_SET_MM, 99, 0, 0, 0);
  syscall(SYS_prctl, PR_SET_MM, PR_SET_MM_MAP_SIZE, &v, 0, 0);
  syscall(SYS_prctl, PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, 0, 0, 0);
  syscall(SYS_prctl, PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, 99, 0, 0);
  syscall(SYS_prctl, PR_CAP_AMBIENT, 9, 0, 0, 0);
  syscall(SYS_prctl, PR_SET_PTRACER, 0, 0, 0, 0);
  syscall(SYS_prctl, PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0, 0, 0);
  syscall(SYS_prctl, PR_SET_PTRACER, 0, 0, 0, 0);
  syscall(SYS_prctl, PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0, 0, 0);
  syscall(SYS_prctl, PR_GET_SPECULATION_CTRL, PR_SPEC_INDIRECT_BRANCH, 0, 0, 0);
  syscall(SYS_prctl, PR_GET_SPECULATION_CTRL, 99, 0, 0, 0);
  syscall(SYS_prctl, PR_SET_SPECULATION_CTRL, PR_SPEC_L1D_FLUSH, 0x1f, 0, 0);
  void* m = mmap(0, 8192, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_prctl, PR_SET_VMA, PR_SET_VMA_ANON_NAME, m, 8192, "lzp name");
  syscall(SYS_prctl, PR_SET_VMA, PR_SET_VMA_ANON_NAME, m, 8192, 0);
  syscall(SYS_prctl, PR_SET_VMA, 7, m, 8192, 0);
  syscall(SYS_prctl, PR_SCHED_CORE, PR_SCHED_CORE_GET, 0, PR_SCHED_CORE_SCOPE_THREAD, &v);
  syscall(SYS_prctl, PR_SCHED_CORE, 99, 0, 0, 0);
  syscall(SYS_prctl, PR_GET_IO_FLUSHER, 0, 0, 0, 0);
  syscall(SYS_prctl, PR_MCE_KILL_GET, 0, 0, 0, 0);
  syscall(SYS_prctl, PR_MCE_KILL, PR_MCE_KILL_SET, 5, 0, 0);
  syscall(SYS_prctl, PR_GET_THP_DISABLE, 0, 0, 0, 0);
  syscall(SYS_prctl, PR_GET_FP_MODE, 0, 0, 0, 0);
  syscall(SYS_prctl, PR_SET_FP_MODE, 3, 0, 0, 0);
  syscall(SYS_prctl, PR_GET_TSC, &v, 0, 0, 0);
  syscall(SYS_prctl, PR_GET_TSC, BAD, 0, 0, 0);
  syscall(SYS_prctl, PR_GET_ENDIAN, &v, 0, 0, 0);
  syscall(SYS_prctl, PR_GET_UNALIGN, &v, 0, 0, 0);
  syscall(SYS_prctl, PR_GET_FPEMU, &v, 0, 0, 0);
  syscall(SYS_prctl, PR_GET_FPEXC, &v, 0, 0, 0);
  syscall(SYS_prctl, 65, 0, 0, 0, 0);
  syscall(SYS_prctl, 0x59616d61, 0, 0, 0, 0);
  return 0;
}
