// Injection under -f: when= counts per process (strace keeps a counter per tracee), so the parent's and the child's 2nd getppid both fail; an injected error on wait4 and on fork itself (clone: error=EAGAIN, when=2).
// compare-options: -f -e inject=getppid:error=EPERM:when=2 -e trace=!open,pread64
// compare-options: -f -e inject=fork:error=EAGAIN:when=2 -e trace=!open,pread64
// compare-options: -f -e inject=getppid:retval=1:when=1+ -e trace=!open,pread64
#include "sync.h"
#include <sys/wait.h>
int main(void) {
  long me = syscall(SYS_getpid);
  syscall(SYS_getppid);
  syscall(SYS_getppid);
  int s;
  long p = syscall(SYS_fork);
  if (p == 0) {
    wait_sleeping(me);
    syscall(SYS_getppid);
    syscall(SYS_getppid);
    syscall(SYS_getppid);
    syscall(SYS_exit_group, 0);
  }
  syscall(SYS_wait4, p, &s, 0, 0);
  p = syscall(SYS_fork);
  if (p == 0) {
    wait_sleeping(me);
    syscall(SYS_exit_group, 0);
  }
  syscall(SYS_wait4, p, &s, 0, 0);
  syscall(SYS_getppid);
  return 0;
}
