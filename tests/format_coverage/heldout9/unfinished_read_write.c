// <unfinished ...> / <... resumed>: a thread sleeps in read on a pipe while the leader makes calls (getpid, a failing close) and then writes to the pipe; the thread's read resumes and it exits while the leader spins until it is gone. (strace's order of the leader's write and the thread's resumed read is the one race left: the waker usually reaches its syscall exit first.)
// compare-options: -f -e trace=!open,pread64
#include "sync.h"
static int a[2];
static volatile long tid;
static int body(void *x) {
  char c;
  while (!tid) ;
  syscall(SYS_read, a[0], &c, 1);
  syscall(SYS_exit, 0);
  return 0;
}
int main(void) {
  syscall(SYS_pipe2, a, 0);
  tid = clone(body, STACK_TOP(0), THREAD_FLAGS, 0);
  wait_sleeping(tid);
  syscall(SYS_getpid);
  syscall(SYS_close, 77);
  syscall(SYS_write, a[1], "A", 1);
  wait_gone(tid);
  syscall(SYS_munmap, 0, 0);
  return 0;
}
