// A static program's first calls, from its execve on (no loader: brk, arch_prctl, set_tid_address, set_robust_list, rseq, prlimit64, readlink, getrandom, mprotect, the brk heap), then one getppid and exit 0.
// compare-build: -static
// compare-options:
// compare-options: -f
// compare-options: -v -s 4
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_getppid);
  return 0;
}
