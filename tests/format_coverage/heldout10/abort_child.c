// abort(3) in a forked child (glibc's fork: clone with CLONE_CHILD_SETTID|CLONE_CHILD_CLEARTID|SIGCHLD) with RLIMIT_CORE 0: SIGABRT unblocked, raised with tgkill, the child killed; the parent waits (wait4, WTERMSIG SIGABRT), a second child raise()s SIGUSR1 with its default action. Under -f the children wait for the parent to sleep in wait4 first.
// compare-options: -e trace=!open,pread64
// compare-options: -f -e trace=!open,pread64,close,set_robust_list
// compare-options: -f -e trace=%process,%signal,munmap
#include "h10.h"
#include <sys/resource.h>
#include <sys/wait.h>
int main(void) {
  struct rlimit r = {0, 0};
  setrlimit(RLIMIT_CORE, &r);
  long me = getpid();
  int st;
  pid_t p = fork();
  if (p == 0) { h10_wait_state(me, "S"); abort(); }
  waitpid(p, &st, 0);
  p = fork();
  if (p == 0) { h10_wait_state(me, "S"); raise(SIGUSR1); _exit(9); }
  waitpid(p, &st, 0);
  return 0;
}
