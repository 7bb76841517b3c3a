// -c with each -S sort key over a fixed mix of calls (getppid x5, close x3 failing, dup x2, getpid x1, sched_yield x4, umask x2); the table's rows, calls and errors (times normalised, rows of time-ordered tables compared as a set).
// compare-options: -c -e trace=getppid,close,dup,getpid,sched_yield,umask
// compare-options: -c -S calls -e trace=getppid,close,dup,getpid,sched_yield,umask
// compare-options: -c -S name -e trace=getppid,close,dup,getpid,sched_yield,umask
// compare-options: -c -S nothing -e trace=getppid,close,dup,getpid,sched_yield,umask
// compare-options: -c -S errors -e trace=getppid,close,dup,getpid,sched_yield,umask
// compare-options: -c -S time -e trace=getppid,close,dup,getpid,sched_yield,umask
// compare-options: -c -S avg-time -e trace=getppid,close,dup,getpid,sched_yield,umask
// compare-options: -c -S max-time -e trace=getppid,close,dup,getpid,sched_yield,umask
// compare-options: -c -S min-time -e trace=getppid,close,dup,getpid,sched_yield,umask
// compare-options: -c -S total-time -e trace=getppid,close,dup,getpid,sched_yield,umask
#include "sync.h"
#include <sys/stat.h>
int main(void) {
  for (int i = 0; i < 5; i++) syscall(SYS_getppid);
  for (int i = 0; i < 3; i++) syscall(SYS_close, 900 + i);
  int a = syscall(SYS_dup, 1), b = syscall(SYS_dup, 1);
  syscall(SYS_getpid);
  for (int i = 0; i < 4; i++) syscall(SYS_sched_yield);
  syscall(SYS_umask, 022);
  syscall(SYS_umask, 022);
  return 0;
}
