// signals and waits: sigtimedwait, kill, tgkill, rt_tgsigqueueinfo, waitpid/wait4 flags.
#define _GNU_SOURCE
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
int main(void) {
  siginfo_t si; struct timespec z = {0, 1000}; sigset_t s; sigemptyset(&s); sigaddset(&s, SIGCHLD);
  sigtimedwait(&s, &si, &z); syscall(SYS_rt_sigtimedwait, &s, NULL, &z, 4); kill(0, 0); kill(-999999, SIGTERM); tgkill(getpid(), getpid(), 0);
  syscall(SYS_rt_tgsigqueueinfo, getpid(), -1, SIGUSR1, NULL); waitpid(-1, NULL, WNOHANG); wait4(999999, NULL, __WALL | WUNTRACED, NULL);
  syscall(SYS_getitimer, 0, NULL); alarm(0);
  return 0;
}
