// The thread-group leader calls exit(0) (SYS_exit) while a thread runs on: the thread waits for the leader to be a zombie, makes calls and ends the process with exit_group(4); strace's order of the +++ exited lines.
// compare-options: -f -e trace=!open,pread64
// compare-options: -e trace=!open,pread64
#include "sync.h"
static long leader;
static int body(void *a) {
  wait_sleeping(leader);
  syscall(SYS_getpid);
  syscall(SYS_gettid);
  syscall(SYS_exit_group, 4);
  return 0;
}
int main(void) {
  leader = syscall(SYS_getpid);
  int pfd[2];
  syscall(SYS_pipe2, pfd, 0);
  clone(body, STACK_TOP(0), THREAD_FLAGS, 0);
  syscall(SYS_exit, 0);
  return 0;
}
