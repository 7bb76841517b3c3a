// clone and clone3 flag combinations the kernel rejects before creating anything, and one vfork child that exits at once (SIGCHLD blocked: no race with the wait).
#define _GNU_SOURCE
#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_clone, CLONE_SIGHAND, NULL, NULL, NULL, 0);
  syscall(SYS_clone, CLONE_THREAD, NULL, NULL, NULL, 0);
  syscall(SYS_clone, CLONE_NEWUSER | CLONE_FS, NULL, NULL, NULL, 0);
  syscall(SYS_clone, CLONE_NEWNS | CLONE_FS, NULL, NULL, NULL, 0);
  syscall(SYS_clone, CLONE_PIDFD | CLONE_DETACHED | SIGCHLD, NULL, NULL, NULL, 0);
  syscall(SYS_clone, CLONE_PIDFD | CLONE_PARENT_SETTID | SIGCHLD, NULL, (void*)0xbad0000, NULL, 0);
  syscall(SYS_clone, 0xffffffffffffffffUL, NULL, NULL, NULL, 0);
  syscall(SYS_clone, CLONE_THREAD | CLONE_SIGHAND | 200, (void*)0x1000, NULL, NULL, 0);
  struct clone_args a;
  memset(&a, 0, sizeof a);
  a.flags = CLONE_SIGHAND;
  syscall(SYS_clone3, &a, sizeof a);
  a.flags = CLONE_INTO_CGROUP;
  a.cgroup = 99999;
  syscall(SYS_clone3, &a, sizeof a);
  a.flags = 0;
  a.cgroup = 0;
  a.exit_signal = 0x100;
  syscall(SYS_clone3, &a, sizeof a);
  a.exit_signal = SIGCHLD;
  a.set_tid_size = 2;
  syscall(SYS_clone3, &a, sizeof a);
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, NULL);
  pid_t p = vfork();
  if (p == 0) _exit(0);
  waitpid(p, NULL, 0);
  return 0;
}
