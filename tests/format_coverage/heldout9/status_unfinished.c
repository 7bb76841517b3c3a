// -e status=unfinished with -f: the calls that never return (a child's read cut by its parent's SIGKILL, each process's exit_group) and nothing else; -e status=failed and successful over the same run.
// compare-options: -f -e status=unfinished -e trace=!open,pread64
// compare-options: -f -e status=failed -e trace=!open,pread64
// compare-options: -f -e status=successful -e trace=!open,pread64
#include "sync.h"
#include <sys/mman.h>
#include <sys/wait.h>
int main(void) {
  volatile int *flag = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  int pfd[2], s;
  syscall(SYS_pipe2, pfd, 0);
  syscall(SYS_close, 998);
  long p = syscall(SYS_fork);
  if (p == 0) {
    char c;
    while (!*flag) ;
    syscall(SYS_close, 999);
    syscall(SYS_read, pfd[0], &c, 1);
    syscall(SYS_exit_group, 1);
  }
  *flag = 1;
  wait_sleeping(p);
  syscall(SYS_kill, p, SIGKILL);
  syscall(SYS_wait4, p, &s, 0, 0);
  long q = syscall(SYS_fork);
  if (q == 0) {
    wait_sleeping(syscall(SYS_getppid));
    syscall(SYS_exit_group, 2);
  }
  syscall(SYS_wait4, q, &s, 0, 0);
  return 0;
}
