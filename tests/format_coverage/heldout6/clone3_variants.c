// clone3 with struct clone_args variants that all fail: sizes 0, 63, 64 (version 0), 80 (version 1), 88 (version 2) and 4096 with a non-zero tail; exit_signal out of range; set_tid with more than 32 entries and set_tid_size without set_tid; CLONE_INTO_CGROUP with a bad fd; CLONE_THREAD without CLONE_VM; CLONE_PIDFD with CLONE_DETACHED; a stack size without a stack; a bad pointer.
#define _GNU_SOURCE
#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#define BAD 0xbad0000UL
int main(void) {
  static char big[4096];
  struct clone_args* a = (struct clone_args*)big;
  pid_t tids[40] = {0};
  syscall(SYS_clone3, a, 0);
  syscall(SYS_clone3, a, 63);
  a->flags = CLONE_THREAD; a->exit_signal = SIGCHLD;
  syscall(SYS_clone3, a, 64);
  memset(big, 0, sizeof big);
  a->exit_signal = 65;
  syscall(SYS_clone3, a, 64);
  a->exit_signal = SIGCHLD; a->set_tid = (uintptr_t)tids; a->set_tid_size = 40;
  syscall(SYS_clone3, a, 80);
  a->set_tid = 0; a->set_tid_size = 2;
  syscall(SYS_clone3, a, 80);
  a->set_tid_size = 0; a->flags = CLONE_INTO_CGROUP; a->cgroup = 0xffffffff;
  syscall(SYS_clone3, a, 88);
  a->flags = CLONE_PIDFD | CLONE_DETACHED; a->cgroup = 0; a->pidfd = (uintptr_t)tids;
  syscall(SYS_clone3, a, 88);
  a->flags = CLONE_VM; a->pidfd = 0; a->stack_size = 65536;
  syscall(SYS_clone3, a, 88);
  a->flags = CLONE_NEWPID | CLONE_THREAD | CLONE_SIGHAND | CLONE_VM; a->stack_size = 0;
  syscall(SYS_clone3, a, 64);
  a->flags = 0; big[4000] = 1;
  syscall(SYS_clone3, a, 4096);
  syscall(SYS_clone3, a, 4097);
  syscall(SYS_clone3, BAD, 88);
  return 0;
}
