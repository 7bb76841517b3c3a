// SIGCHLD caught with SA_SIGINFO for a child that exits, one that stops and continues, and one killed: CLD_EXITED, CLD_STOPPED, CLD_CONTINUED, CLD_KILLED siginfo lines; each reaped or waited for with waitid; SIGCHLD blocked while the child is continued (its CLD_CONTINUED comes when the child next runs), taken when unblocked once the child ran. (Not under -f: strace's `--- stopped by SIGSTOP ---` races the parent's waitid there.)
// compare-options: -e trace=!open,pread64
#include "sync.h"
#include <sys/mman.h>
#include <sys/wait.h>
static void h(int s, siginfo_t *si, void *u) {}
int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = h;
  sa.sa_flags = SA_SIGINFO | SA_RESTART;
  sigaction(SIGCHLD, &sa, 0);
  volatile int *flag = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  long me = syscall(SYS_getpid);
  siginfo_t si;
  long p = syscall(SYS_fork);
  if (p == 0) {
    wait_sleeping(me);
    syscall(SYS_exit_group, 2);
  }
  syscall(SYS_waitid, P_PID, p, &si, WEXITED, 0);
  p = syscall(SYS_fork);
  if (p == 0) {
    wait_sleeping(me);
    syscall(SYS_kill, syscall(SYS_getpid), SIGSTOP);
    flag[1] = 1;
    while (!flag[0]) ;
    wait_sleeping(me);
    syscall(SYS_kill, syscall(SYS_getpid), SIGKILL);
  }
  syscall(SYS_waitid, P_PID, p, &si, WSTOPPED, 0);
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, &chld, 0, 8);
  syscall(SYS_kill, p, SIGCONT);
  syscall(SYS_waitid, P_PID, p, &si, WCONTINUED, 0);
  while (!flag[1]) ;
  syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &chld, 0, 8);
  flag[0] = 1;
  syscall(SYS_waitid, P_PID, p, &si, WEXITED, 0);
  return 0;
}
