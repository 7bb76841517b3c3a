// PTRACE_GET_SYSCALL_INFO on a child of its own: at a signal stop (op NONE), at syscall entry and exit stops of a getuid with six known arguments (TRACESYSGOOD), with sizes 0, 8 and a bad pointer; wait4 statuses of each stop; PTRACE_SYSCALL and PTRACE_CONT to the end. SIGCHLD is blocked (its delivery would race the wait4 lines).
#define _GNU_SOURCE
#include <linux/ptrace.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#ifndef PTRACE_GET_SYSCALL_INFO
#define PTRACE_GET_SYSCALL_INFO 0x420e
#endif
int main(void) {
  unsigned long chld = 1UL << (SIGCHLD - 1);
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, &chld, 0, 8);
  int go[2];
  syscall(SYS_pipe2, go, 0);
  pid_t c = fork();
  if (c == 0) {
    char x;
    syscall(SYS_read, go[0], &x, 1);
    syscall(SYS_kill, syscall(SYS_getpid), SIGSTOP);
    syscall(SYS_getuid, 1, 2, 3, 4, 5, 6);
    syscall(SYS_exit_group, 0);
  }
  syscall(SYS_ptrace, PTRACE_SEIZE, c, 0, PTRACE_O_TRACESYSGOOD);
  syscall(SYS_write, go[1], "g", 1);
  int st;
  syscall(SYS_wait4, c, &st, 0, 0);
  struct ptrace_syscall_info si;
  syscall(SYS_ptrace, PTRACE_GET_SYSCALL_INFO, c, sizeof si, &si);
  syscall(SYS_ptrace, PTRACE_SYSCALL, c, 0, 0);
  syscall(SYS_wait4, c, &st, 0, 0);
  syscall(SYS_ptrace, PTRACE_GET_SYSCALL_INFO, c, sizeof si, &si);
  syscall(SYS_ptrace, PTRACE_GET_SYSCALL_INFO, c, 0, &si);
  syscall(SYS_ptrace, PTRACE_GET_SYSCALL_INFO, c, 8, &si);
  syscall(SYS_ptrace, PTRACE_GET_SYSCALL_INFO, c, sizeof si, (void *)0xbad0000);
  syscall(SYS_ptrace, PTRACE_SYSCALL, c, 0, 0);
  syscall(SYS_wait4, c, &st, 0, 0);
  syscall(SYS_ptrace, PTRACE_GET_SYSCALL_INFO, c, sizeof si, &si);
  syscall(SYS_ptrace, PTRACE_CONT, c, 0, 0);
  syscall(SYS_wait4, c, &st, 0, 0);
  return 0;
}
