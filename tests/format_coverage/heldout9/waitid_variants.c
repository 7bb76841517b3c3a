// waitid with P_PID, P_ALL and P_PGID: WEXITED, WNOHANG with nothing to report (si_pid 0), WNOWAIT then the real reap, WSTOPPED/WCONTINUED of a child that stops itself; EINVAL, ECHILD, EFAULT.
// compare-options: -e trace=!open,pread64
#include "sync.h"
#include <sys/mman.h>
#include <sys/wait.h>
int main(void) {
  volatile int *flag = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  block_sigchld();
  long me = syscall(SYS_getpid);
  siginfo_t si;
  long p = syscall(SYS_fork);
  if (p == 0) {
    wait_sleeping(me);
    syscall(SYS_kill, syscall(SYS_getpid), SIGSTOP);
    while (!*flag) ;
    syscall(SYS_exit_group, 9);
  }
  memset(&si, 0, sizeof si);
  syscall(SYS_waitid, P_PID, p, &si, WSTOPPED, 0);
  memset(&si, 0, sizeof si);
  syscall(SYS_waitid, P_ALL, 0, &si, WEXITED | WNOHANG, 0);
  syscall(SYS_kill, p, SIGCONT);
  memset(&si, 0, sizeof si);
  syscall(SYS_waitid, P_PID, p, &si, WCONTINUED, 0);
  *flag = 1;
  memset(&si, 0, sizeof si);
  syscall(SYS_waitid, P_PID, p, &si, WEXITED | WNOWAIT, 0);
  memset(&si, 0, sizeof si);
  syscall(SYS_waitid, P_PGID, 0, &si, WEXITED, 0);
  syscall(SYS_waitid, P_ALL, 0, &si, WEXITED, 0);
  syscall(SYS_waitid, P_ALL, 0, &si, 0, 0);
  syscall(SYS_waitid, 7, 0, &si, WEXITED, 0);
  return 0;
}
