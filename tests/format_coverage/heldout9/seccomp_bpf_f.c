// --seccomp-bpf with -f and a trace set (strace filters in the kernel; the output must not change): parent and child calls, some in the set, some not, and a signal.
// compare-options: --seccomp-bpf -f -e trace=getppid,close,wait4,exit_group,kill
// compare-options: --seccomp-bpf -f -e trace=%process
// compare-options: --seccomp-bpf -f -e trace=getppid,close -e signal=none
#include "sync.h"
#include <sys/wait.h>
int main(void) {
  catch_signal(SIGUSR1);
  long me = syscall(SYS_getpid);
  int s;
  long p = syscall(SYS_fork);
  if (p == 0) {
    wait_sleeping(me);
    syscall(SYS_getppid);
    syscall(SYS_close, 77);
    syscall(SYS_kill, syscall(SYS_getpid), SIGUSR1);
    syscall(SYS_dup, 1);
    syscall(SYS_exit_group, 0);
  }
  syscall(SYS_wait4, p, &s, 0, 0);
  syscall(SYS_getppid);
  syscall(SYS_close, 78);
  return 0;
}
