// A child exits while its parent sleeps in a call that is not a wait: the parent is in rt_sigtimedwait for SIGCHLD (blocked), which returns with the child's CLD_EXITED siginfo; then ppoll on a pipe whose writer was the child (POLLHUP), and the reap.
// compare-options: -f -e trace=!open,pread64
// compare-options: -e trace=!open,pread64
#include "sync.h"
#include <poll.h>
#include <sys/wait.h>
int main(void) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGCHLD);
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, 0, 8);
  int pfd[2];
  syscall(SYS_pipe2, pfd, 0);
  long me = syscall(SYS_getpid);
  long p = syscall(SYS_fork);
  if (p == 0) {
    wait_sleeping(me);
    syscall(SYS_close, pfd[0]);
    syscall(SYS_exit_group, 12);
  }
  syscall(SYS_close, pfd[1]);
  siginfo_t si;
  syscall(SYS_rt_sigtimedwait, &set, &si, 0, 8);
  struct pollfd pf = {pfd[0], POLLIN, 0};
  syscall(SYS_ppoll, &pf, 1, 0, 0, 8);
  int s;
  syscall(SYS_wait4, p, &s, 0, 0);
  return 0;
}
