// vfork (glibc's, which keeps the return address in a register): the parent is suspended until the child exits with 7; wait4 then reaps it. (Not under -f: there the parent's `<... vfork resumed>` and the child's `+++ exited` race in strace's own output.)
// compare-options: -e trace=!open,pread64
#include "sync.h"
#include <sys/wait.h>
int main(void) {
  long p = vfork();
  if (p == 0) {
    syscall(SYS_getppid);
    syscall(SYS_exit, 7);
  }
  int s;
  syscall(SYS_wait4, p, &s, 0, 0);
  return 0;
}
