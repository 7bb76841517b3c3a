// sigwait, sigwaitinfo and sigtimedwait with signals raised while blocked (raise: tgkill), a zero timeout with nothing pending (EAGAIN), sigqueue with a value then sigwaitinfo, sigpending, sigsuspend-free: no handler runs.
// compare-options:
// compare-options: -v
// compare-options: -e raw=rt_sigtimedwait,rt_sigprocmask -e trace=%signal,munmap
#include "h10.h"
int main(void) {
  sigset_t s, p;
  siginfo_t i;
  int sig;
  struct timespec zero = {0, 0};
  sigemptyset(&s);
  sigaddset(&s, SIGUSR1);
  sigaddset(&s, SIGRTMIN + 2);
  sigprocmask(SIG_BLOCK, &s, 0);
  raise(SIGUSR1);
  sigpending(&p);
  sigwait(&s, &sig);
  sigtimedwait(&s, &i, &zero);
  union sigval v = {.sival_int = 42};
  sigqueue(getpid(), SIGRTMIN + 2, v);
  sigwaitinfo(&s, &i);
  return 0;
}
