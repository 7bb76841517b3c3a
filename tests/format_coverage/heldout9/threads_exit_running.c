// Three threads (glibc's clone() with CLONE_THREAD) made in a row: each makes a call and exits while the next one spins (running) until it is gone; the last writes to a pipe the leader reads once it is gone; each thread's +++ exited line.
// compare-options: -f -e trace=!open,pread64
#include "sync.h"
static int p[2];
static volatile long tids[3];
static int body(void *a) {
  long i = (long)a;
  while (!tids[2]) ;
  if (i > 0) {
    while (!tids[i - 1]) ;
    wait_gone(tids[i - 1]);
  }
  syscall(SYS_getpid);
  if (i == 2) syscall(SYS_write, p[1], "x", 1);
  syscall(SYS_exit, 0);
  return 0;
}
int main(void) {
  syscall(SYS_pipe2, p, 0);
  for (long i = 0; i < 3; i++) tids[i] = clone(body, STACK_TOP(i), THREAD_FLAGS, (void *)i);
  wait_gone(tids[2]);
  char c;
  syscall(SYS_read, p[0], &c, 1);
  syscall(SYS_munmap, 0, 0);
  return 0;
}
