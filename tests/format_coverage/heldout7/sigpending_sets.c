// Signal sets answered by the kernel: rt_sigpending with standard and real-time signals pending (blocked), rt_sigprocmask's old set after blocking everything, sigsetsize 4 and 16 (EINVAL), rt_sigtimedwait taking queued RT signals with their values (sigqueue) and a zero timeout with nothing pending (EAGAIN), rt_sigsuspend-free; default and -v.
// compare-options:
// compare-options: -v
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
int main(void) {
  sigset_t all, old, pend;
  sigfillset(&all);
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, &all, &old, 8);
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, 0, &old, 8);
  syscall(SYS_rt_sigpending, &pend, 8);
  syscall(SYS_kill, getpid(), SIGUSR2);
  syscall(SYS_kill, getpid(), SIGHUP);
  union sigval v = {.sival_int = -7};
  sigqueue(getpid(), SIGRTMIN + 2, v);
  v.sival_int = 123456;
  sigqueue(getpid(), SIGRTMAX, v);
  syscall(SYS_rt_sigpending, &pend, 8);
  syscall(SYS_rt_sigpending, &pend, 4);
  syscall(SYS_rt_sigpending, &pend, 16);
  sigset_t want;
  sigemptyset(&want);
  sigaddset(&want, SIGRTMIN + 2);
  sigaddset(&want, SIGRTMAX);
  siginfo_t si;
  struct timespec zero = {0, 0};
  syscall(SYS_rt_sigtimedwait, &want, &si, &zero, 8);
  syscall(SYS_rt_sigtimedwait, &want, &si, &zero, 8);
  syscall(SYS_rt_sigtimedwait, &want, &si, &zero, 8);
  sigemptyset(&want);
  sigaddset(&want, SIGHUP);
  sigaddset(&want, SIGUSR2);
  syscall(SYS_rt_sigtimedwait, &want, 0, &zero, 8);
  syscall(SYS_rt_sigtimedwait, &want, &si, 0, 8);
  syscall(SYS_rt_sigpending, &pend, 8);
  return 0;
}
