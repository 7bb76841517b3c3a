// prctl(PR_SET_PDEATHSIG)/PR_GET_PDEATHSIG and PR_SET_CHILD_SUBREAPER: a grandchild asks for SIGUSR1 (blocked) when its parent dies; the middle process exits, the subreaper reaps it, then the orphaned grandchild takes the pending SIGUSR1 with rt_sigtimedwait and exits; the subreaper reaps it too. Bad signal: EINVAL.
// compare-options: -f -e trace=!open,pread64
// compare-options: -e trace=!open,pread64
#include "sync.h"
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
int main(void) {
  volatile int *flag = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  int sig = 0, s;
  syscall(SYS_prctl, PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
  syscall(SYS_prctl, PR_GET_PDEATHSIG, &sig, 0, 0, 0);
  syscall(SYS_prctl, PR_SET_PDEATHSIG, 99, 0, 0, 0);
  long me = syscall(SYS_getpid);
  long mid = syscall(SYS_fork);
  if (mid == 0) {
    wait_sleeping(me);
    long gc = syscall(SYS_fork);
    if (gc == 0) {
      while (!flag[2]) ;
      sigset_t set;
      sigemptyset(&set);
      sigaddset(&set, SIGUSR1);
      syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, 0, 8);
      syscall(SYS_prctl, PR_SET_PDEATHSIG, SIGUSR1, 0, 0, 0);
      syscall(SYS_prctl, PR_GET_PDEATHSIG, &sig, 0, 0, 0);
      flag[0] = 1;
      while (!flag[1]) ;
      wait_sleeping(me);
      siginfo_t si;
      syscall(SYS_rt_sigtimedwait, &set, &si, 0, 8);
      syscall(SYS_exit_group, 0);
    }
    flag[2] = 1;
    while (!flag[0]) ;
    syscall(SYS_exit_group, 0);
  }
  syscall(SYS_wait4, mid, &s, 0, 0);
  flag[1] = 1;
  syscall(SYS_wait4, -1, &s, 0, 0);
  return 0;
}
