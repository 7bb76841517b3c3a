// -ff -o PREFIX: one file per task. A forked child (which forks a grandchild and reaps it) and a thread of the leader; compared file by file (the files in pid order).
// compare-options: -ff -e trace=!open,pread64
// compare-options: -f -e trace=!open,pread64
#include "sync.h"
#include <sys/wait.h>
static long leader;
static volatile long tid;
static int body(void *a) {
  while (!tid) ;
  syscall(SYS_gettid);
  syscall(SYS_exit, 0);
  return 0;
}
int main(void) {
  leader = syscall(SYS_getpid);
  int s;
  long p = syscall(SYS_fork);
  if (p == 0) {
    wait_sleeping(leader);
    long me = syscall(SYS_getpid);
    long g = syscall(SYS_fork);
    if (g == 0) {
      wait_sleeping(me);
      syscall(SYS_getppid);
      syscall(SYS_exit_group, 1);
    }
    syscall(SYS_wait4, g, &s, 0, 0);
    syscall(SYS_exit_group, 2);
  }
  syscall(SYS_wait4, p, &s, 0, 0);
  tid = clone(body, STACK_TOP(0), THREAD_FLAGS, 0);
  wait_gone(tid);
  syscall(SYS_getpid);
  return 0;
}
