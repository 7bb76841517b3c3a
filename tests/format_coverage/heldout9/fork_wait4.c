// fork (the raw syscall) and wait4 under -f: the child exits with 3 while its parent sleeps in wait4 (<unfinished ...>/<... resumed>), the status macros, SIGCHLD's siginfo; then ECHILD and WNOHANG with no child.
// compare-options: -f -e trace=!open,pread64
// compare-options: -e trace=!open,pread64
#include "sync.h"
#include <sys/wait.h>
int main(void) {
  long me = syscall(SYS_getpid);
  long p = syscall(SYS_fork);
  if (p == 0) {
    wait_sleeping(me);
    syscall(SYS_getppid);
    syscall(SYS_exit_group, 3);
  }
  int s;
  syscall(SYS_wait4, p, &s, 0, 0);
  syscall(SYS_wait4, -1, &s, 0, 0);
  syscall(SYS_wait4, -1, &s, WNOHANG, 0);
  syscall(SYS_munmap, 0, 0);
  return 0;
}
