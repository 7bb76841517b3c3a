// clone's flags and failures: glibc's clone() with CLONE_VM|CLONE_VFORK (the parent waits), a child with exit signal SIGUSR1 (reaped with __WCLONE), CLONE_PARENT_SETTID|CLONE_CHILD_SETTID, and EINVAL for CLONE_SIGHAND without CLONE_VM and CLONE_THREAD without CLONE_SIGHAND.
// compare-options: -e trace=!open,pread64
#include "sync.h"
#include <sys/wait.h>
static long parent;
static int quick(void *a) {
  syscall(SYS_getppid);
  return 5;
}
static int later(void *a) {
  wait_sleeping(parent);
  syscall(SYS_getppid);
  return 6;
}
int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = SIG_IGN;
  sigaction(SIGUSR1, &sa, 0);
  parent = syscall(SYS_getpid);
  int s, ptid = 0, ctid = 0;
  long p = clone(quick, STACK_TOP(0), CLONE_VM | CLONE_VFORK | SIGCHLD, 0);
  syscall(SYS_wait4, p, &s, 0, 0);
  p = clone(later, STACK_TOP(1), SIGUSR1 | CLONE_PARENT_SETTID | CLONE_CHILD_SETTID, 0, &ptid, 0, &ctid);
  syscall(SYS_wait4, p, &s, __WCLONE, 0);
  syscall(SYS_clone, CLONE_SIGHAND, 0, 0, 0, 0);
  syscall(SYS_clone, CLONE_THREAD | CLONE_VM, 0, 0, 0, 0);
  syscall(SYS_clone, CLONE_NEWPID | CLONE_THREAD | CLONE_SIGHAND | CLONE_VM, 0, 0, 0, 0);
  return 0;
}
