// A forked child killed by SIGKILL (its own kill) and one killed by its parent while it sleeps in read: +++ killed by SIGKILL +++, wait4's WTERMSIG, SIGCHLD's CLD_KILLED.
// compare-options: -f -e trace=!open,pread64
// compare-options: -e trace=!open,pread64
#include "sync.h"
#include <sys/mman.h>
#include <sys/wait.h>
int main(void) {
  volatile int *flag = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  long me = syscall(SYS_getpid);
  int s;
  long p = syscall(SYS_fork);
  if (p == 0) {
    wait_sleeping(me);
    syscall(SYS_kill, syscall(SYS_getpid), SIGKILL);
    syscall(SYS_exit_group, 1);
  }
  syscall(SYS_wait4, p, &s, 0, 0);
  int pfd[2];
  syscall(SYS_pipe2, pfd, 0);
  p = syscall(SYS_fork);
  if (p == 0) {
    char c;
    while (!*flag) ;
    syscall(SYS_read, pfd[0], &c, 1);
    syscall(SYS_exit_group, 1);
  }
  *flag = 1;
  wait_sleeping(p);
  syscall(SYS_kill, p, SIGKILL);
  wait_zombie(p);
  syscall(SYS_wait4, p, &s, 0, 0);
  return 0;
}
