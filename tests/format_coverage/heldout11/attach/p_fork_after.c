// -p -f of a process that forks after the attach: the child (followed) calls getppid and exits 6 once its parent sleeps in wait4 (sync.h: open and pread64 hidden), the parent reaps it with wait4 (SIGCHLD blocked).
// attach-block: read
// attach-then: wake
// attach-options: -f -e trace=!open,pread64
// attach-options: -e trace=!open,pread64
#include "attach.h"
#include "../../heldout9/sync.h"
int main(int argc, char **argv) {
  (void)argc;
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGCHLD);
  sigprocmask(SIG_BLOCK, &set, 0);
  int fd = open_fifo(argv[1], "wake");
  char b;
  syscall(SYS_read, fd, &b, 1);
  long me = syscall(SYS_getpid);
  long c = syscall(SYS_fork);
  if (c == 0) {
    wait_sleeping(me);
    syscall(SYS_getppid);
    syscall(SYS_exit_group, 6);
  }
  int s;
  syscall(SYS_wait4, c, &s, 0, 0);
  return 0;
}
