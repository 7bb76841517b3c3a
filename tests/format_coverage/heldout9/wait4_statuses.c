// wait4's status macros for each kind of change: WIFSTOPPED (SIGTSTP) with WUNTRACED, WIFCONTINUED with WCONTINUED, WIFSIGNALED (SIGUSR1), WIFEXITED 255; a NULL status, __WALL, __WNOTHREAD, an unknown option bit.
// compare-options: -e trace=!open,pread64
#include "sync.h"
#include <sys/wait.h>
int main(void) {
  block_sigchld();
  long me = syscall(SYS_getpid);
  int s;
  long p = syscall(SYS_fork);
  if (p == 0) {
    wait_sleeping(me);
    syscall(SYS_kill, syscall(SYS_getpid), SIGTSTP);
    wait_sleeping(me);
    syscall(SYS_kill, syscall(SYS_getpid), SIGUSR1);
    syscall(SYS_exit_group, 1);
  }
  syscall(SYS_wait4, p, &s, WUNTRACED, 0);
  syscall(SYS_kill, p, SIGCONT);
  syscall(SYS_wait4, p, &s, WCONTINUED, 0);
  syscall(SYS_wait4, p, &s, __WALL, 0);
  p = syscall(SYS_fork);
  if (p == 0) {
    wait_sleeping(me);
    syscall(SYS_exit_group, 255);
  }
  syscall(SYS_wait4, -1, 0, __WNOTHREAD, 0);
  syscall(SYS_wait4, -1, &s, 0x10000, 0);
  return 0;
}
