// -D, -DD, -DDD (strace as a detached grandchild, in its own process group or session): the program's ids (getppid shows its real parent), a fork and wait4, exit 2.
// compare-options: -D -e trace=!open,pread64
// compare-options: -DD -e trace=!open,pread64
// compare-options: -DDD -f -e trace=!open,pread64
#include "sync.h"
#include <sys/wait.h>
int main(void) {
  long me = syscall(SYS_getpid);
  syscall(SYS_getpgid, 0);
  syscall(SYS_getsid, 0);
  int s;
  long p = syscall(SYS_fork);
  if (p == 0) {
    wait_sleeping(me);
    syscall(SYS_exit_group, 0);
  }
  syscall(SYS_wait4, p, &s, 0, 0);
  return 2;
}
