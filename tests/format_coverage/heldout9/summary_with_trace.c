// -C (the trace and the table), -c -f with a forked child's calls counted in, -c with -z/-Z, -c without a trace filter (the whole run, loader included) sorted by name, and -c with a signal (no signal lines under -c).
// compare-options: -C -S name -e trace=getppid,close,dup,wait4,kill
// compare-options: -c -f -S name -e trace=getppid,close,dup,wait4,kill,exit_group
// compare-options: -C -f -S calls -e trace=getppid,close,dup,wait4,kill,exit_group,!open,pread64
// compare-options: -c -z -S name -e trace=getppid,close,dup
// compare-options: -c -Z -S name -e trace=getppid,close,dup
// compare-options: -c -S name
#include "sync.h"
#include <sys/wait.h>
int main(void) {
  catch_signal(SIGUSR1);
  long me = syscall(SYS_getpid);
  syscall(SYS_kill, me, SIGUSR1);
  for (int i = 0; i < 3; i++) syscall(SYS_getppid);
  syscall(SYS_close, 1234);
  int s;
  long p = syscall(SYS_fork);
  if (p == 0) {
    wait_sleeping(me);
    for (int i = 0; i < 4; i++) syscall(SYS_getppid);
    syscall(SYS_close, 4321);
    syscall(SYS_dup, 1);
    syscall(SYS_exit_group, 0);
  }
  syscall(SYS_wait4, p, &s, 0, 0);
  return 0;
}
