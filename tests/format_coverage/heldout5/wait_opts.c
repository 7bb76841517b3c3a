// wait4 and waitid with every option bit, unknown bits, idtypes by pid and group, WNOWAIT then a reap, a child stopped, continued and killed (SIGCHLD blocked, so no signal line races the waits).
#define _GNU_SOURCE
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
  sigset_t s;
  sigemptyset(&s);
  sigaddset(&s, SIGCHLD);
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, &s, NULL, 8);
  siginfo_t si;
  int st;
  syscall(SYS_wait4, -1, &st, WNOHANG | WUNTRACED | WCONTINUED | __WNOTHREAD, NULL);
  syscall(SYS_wait4, -1, &st, 0x80000000UL, NULL);
  syscall(SYS_wait4, 0, (void*)0xbad0000, WNOHANG, (void*)0xbad0000);
  syscall(SYS_waitid, P_PGID, 999999, &si, WEXITED | WSTOPPED | WCONTINUED | WNOHANG | WNOWAIT, NULL);
  syscall(SYS_waitid, P_PID, 999999, NULL, WEXITED, NULL);
  syscall(SYS_waitid, P_ALL, 0, &si, 0x100, NULL);
  syscall(SYS_waitid, -1, 0, &si, WEXITED, NULL);
  pid_t c = fork();
  if (c == 0) {
    raise(SIGSTOP);
    for (;;) pause();
  }
  syscall(SYS_waitid, P_ALL, 0, &si, WSTOPPED, NULL);
  kill(c, SIGCONT);
  syscall(SYS_waitid, P_ALL, 0, &si, WCONTINUED, NULL);
  kill(c, SIGKILL);
  syscall(SYS_waitid, P_ALL, 0, &si, WEXITED | WNOWAIT, NULL);
  syscall(SYS_wait4, c, &st, 0, NULL);
  return 0;
}
