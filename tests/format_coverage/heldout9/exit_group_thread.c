// exit_group from a second thread while the leader runs in user space (a loop with no call): both end, strace's `+++ exited with 5 +++` for each, the thread's first. (With the leader asleep in a call, strace 6.1 itself sometimes prints the thread's exit_group as <unfinished ...> and resumed, sometimes whole.)
// compare-options: -f -e trace=!open,pread64
// compare-options: -e trace=!open,pread64
#include "sync.h"
static volatile int ready;
static int body(void *a) {
  while (!ready) ;
  syscall(SYS_getppid);
  syscall(SYS_exit_group, 5);
  return 0;
}
int main(void) {
  int pfd[2];
  syscall(SYS_pipe2, pfd, 0);
  long t = clone(body, STACK_TOP(0), THREAD_FLAGS, 0);
  syscall(SYS_getpid);
  ready = 1;
  for (;;) ;
  return 0;
}
