// clone with CLONE_THREAD|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID (glibc's clone()): the thread makes calls (gettid, a write to a pipe) and exits while the leader spins until it is gone (no call of the leader's is cut, so no wake-up race in strace's order); the leader then reads what it wrote.
// compare-options: -f -e trace=!open,pread64
// compare-options: -e trace=!open,pread64
#include "sync.h"
static int pfd[2];
static volatile int ctid = 1;
static volatile long tid;
static int body(void *a) {
  while (!tid) ;
  syscall(SYS_gettid);
  syscall(SYS_write, pfd[1], "t", 1);
  syscall(SYS_exit, 0);
  return 0;
}
int main(void) {
  syscall(SYS_pipe2, pfd, 0);
  tid = clone(body, STACK_TOP(0), THREAD_FLAGS | CLONE_CHILD_CLEARTID | CLONE_PARENT_SETTID, 0, &ctid, 0, &ctid);
  wait_gone(tid);
  char c;
  syscall(SYS_read, pfd[0], &c, 1);
  syscall(SYS_munmap, 0, 0);
  return 0;
}
