// prctl's process-lifecycle options and -Y (pids with their command names): PR_SET_NAME/PR_GET_NAME in the parent and a forked child, PR_GET_CHILD_SUBREAPER, PR_GET_DUMPABLE, PR_SET_DUMPABLE 2 (EINVAL), kill and wait4 of the child shown with its name.
// compare-options: -f -e trace=!open,pread64
// compare-options: -f -Y -e trace=!open,pread64
// compare-options: -Y -e trace=!open,pread64
#include "sync.h"
#include <sys/prctl.h>
#include <sys/wait.h>
int main(void) {
  char name[16];
  int v = 0;
  syscall(SYS_prctl, PR_SET_NAME, "lzp-parent", 0, 0, 0);
  syscall(SYS_prctl, PR_GET_NAME, name, 0, 0, 0);
  syscall(SYS_prctl, PR_GET_CHILD_SUBREAPER, &v, 0, 0, 0);
  syscall(SYS_prctl, PR_GET_DUMPABLE, 0, 0, 0, 0);
  syscall(SYS_prctl, PR_SET_DUMPABLE, 2, 0, 0, 0);
  long me = syscall(SYS_getpid);
  int s;
  long p = syscall(SYS_fork);
  if (p == 0) {
    wait_sleeping(me);
    syscall(SYS_prctl, PR_SET_NAME, "lzp-child", 0, 0, 0);
    syscall(SYS_getppid);
    syscall(SYS_kill, syscall(SYS_getppid), 0);
    syscall(SYS_exit_group, 0);
  }
  syscall(SYS_wait4, p, &s, 0, 0);
  syscall(SYS_kill, me, 0);
  return 0;
}
