// fork (glibc's: clone with CLONE_CHILD_SETTID|CLONE_CHILD_CLEARTID) and wait4 in a static program under -f: (a multiset: the child's set_robust_list races its parent's wait4 in strace) the child waits for its parent to sleep in wait4, writes, exits 7; WIFEXITED, then a second child killed by SIGTERM (WIFSIGNALED), ECHILD.
// compare-build: -static
// compare-options: -f -e trace=!open,pread64
// compare-options: -e trace=!open,pread64
// compare-order: multiset
#include "../heldout9/sync.h"
#include <sys/wait.h>
int main(void) {
  block_sigchld();
  long me = syscall(SYS_getpid);
  pid_t c = fork();
  if (c == 0) {
    wait_sleeping(me);
    syscall(SYS_write, 1, "", 0);
    _exit(7);
  }
  int s;
  waitpid(c, &s, 0);
  c = fork();
  if (c == 0) {
    wait_sleeping(me);
    syscall(SYS_kill, syscall(SYS_getpid), SIGTERM);
    _exit(0);
  }
  waitpid(c, &s, 0);
  waitpid(-1, &s, 0);
  return WIFSIGNALED(s) ? 0 : 1;
}
