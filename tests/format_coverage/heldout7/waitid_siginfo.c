// waitid's siginfo (SIGCHLD blocked, so no signal line races the calls) answers for a child of its own: exited with status 3 (WEXITED|WNOWAIT, then reaped), killed by SIGKILL, stopped by SIGSTOP (WSTOPPED), continued (WCONTINUED; it then waits to be killed, so the report cannot be lost to its exit), WNOHANG with nothing to report (si_pid 0), P_ALL with no child left (ECHILD), P_PGID, unknown idtype and option bits, a bad siginfo pointer; the child's lines are not traced (no -f).
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
static int child_that(int how) {
  int p[2];
  pipe(p);
  int pid = fork();
  if (pid == 0) {
    close(p[0]);
    if (how == 0) syscall(SYS_exit_group, 3);
    if (how == 1) {
      syscall(SYS_kill, getpid(), SIGKILL);
    }
    if (how == 2) {
      syscall(SYS_kill, getpid(), SIGSTOP);
      pause();
    }
    if (how == 3) pause();
    syscall(SYS_exit_group, 9);
  }
  close(p[1]);
  close(p[0]);
  return pid;
}
int main(void) {
  siginfo_t si;
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, 0);
  int c = child_that(0);
  syscall(SYS_waitid, P_PID, c, &si, WEXITED | WNOWAIT, 0);
  syscall(SYS_waitid, P_PID, c, &si, WEXITED, 0);
  c = child_that(1);
  syscall(SYS_waitid, P_PID, c, &si, WEXITED, 0);
  c = child_that(2);
  syscall(SYS_waitid, P_PID, c, &si, WSTOPPED, 0);
  syscall(SYS_kill, c, SIGCONT);
  syscall(SYS_waitid, P_PID, c, &si, WCONTINUED, 0);
  syscall(SYS_kill, c, SIGKILL);
  syscall(SYS_waitid, P_PID, c, &si, WEXITED, 0);
  c = child_that(3);
  memset(&si, 0x55, sizeof si);
  syscall(SYS_waitid, P_PID, c, &si, WEXITED | WNOHANG, 0);
  syscall(SYS_kill, c, SIGTERM);
  syscall(SYS_waitid, P_ALL, 0, &si, WEXITED, 0);
  syscall(SYS_waitid, P_ALL, 0, &si, WEXITED, 0);
  syscall(SYS_waitid, P_PGID, 0, &si, WEXITED | WNOHANG, 0);
  syscall(SYS_waitid, 9, 0, &si, WEXITED, 0);
  syscall(SYS_waitid, P_ALL, 0, &si, 0x40000000 | WEXITED, 0);
  syscall(SYS_waitid, P_ALL, 0, &si, 0, 0);
  syscall(SYS_waitid, P_ALL, 0, 0xbad0000UL, WEXITED | WNOHANG, 0);
  return 0;
}
