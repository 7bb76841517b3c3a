// clone3 (raw): a fork-like child with exit_signal SIGCHLD and CLONE_PIDFD|CLONE_PARENT_SETTID, reaped through waitid(P_PIDFD); EINVAL for a short size, E2BIG for a too large one with non-zero tail, EFAULT, and CLONE_THREAD without CLONE_VM.
// compare-options: -f -e trace=!open,pread64
// compare-options: -e trace=!open,pread64
#include "sync.h"
#include <linux/sched.h>
#include <sys/wait.h>
#include <stdint.h>
int main(void) {
  long me = syscall(SYS_getpid);
  int pidfd = -1, ptid = 0;
  struct clone_args a;
  memset(&a, 0, sizeof a);
  a.flags = CLONE_PIDFD | CLONE_PARENT_SETTID;
  a.pidfd = (uintptr_t)&pidfd;
  a.parent_tid = (uintptr_t)&ptid;
  a.exit_signal = SIGCHLD;
  long p = syscall(SYS_clone3, &a, sizeof a);
  if (p == 0) {
    wait_sleeping(me);
    syscall(SYS_exit_group, 0);
  }
  siginfo_t si;
  memset(&si, 0, sizeof si);
  syscall(SYS_waitid, P_PIDFD, pidfd, &si, WEXITED, 0);
  syscall(SYS_close, pidfd);
  syscall(SYS_clone3, &a, 8);
  char big[128];
  memset(big, 0, sizeof big);
  memcpy(big, &a, sizeof a);
  big[100] = 1;
  syscall(SYS_clone3, big, sizeof big);
  syscall(SYS_clone3, 0, sizeof a);
  memset(&a, 0, sizeof a);
  a.flags = CLONE_THREAD;
  syscall(SYS_clone3, &a, sizeof a);
  return 0;
}
