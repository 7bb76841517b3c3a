// Timer signals and their siginfo: a POSIX timer with SIGEV_SIGNAL and a value fires once into rt_sigtimedwait (SI_TIMER, timer id, overrun, value), ITIMER_REAL's SIGALRM into rt_sigtimedwait (SI_KERNEL), then into a handler interrupting rt_sigsuspend; timer_getoverrun.
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include "catch.h"
int main(void) {
  unsigned long set = (1UL << (SIGUSR1 - 1)) | (1UL << (SIGALRM - 1));
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, 0, 8);
  struct sigevent sev;
  memset(&sev, 0, sizeof sev);
  sev.sigev_notify = SIGEV_SIGNAL;
  sev.sigev_signo = SIGUSR1;
  sev.sigev_value.sival_int = 42;
  int id = -1;
  syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &id);
  struct itimerspec its;
  memset(&its, 0, sizeof its);
  its.it_value.tv_nsec = 1000;
  syscall(SYS_timer_settime, id, 0, &its, 0);
  siginfo_t si;
  unsigned long one = 1UL << (SIGUSR1 - 1);
  syscall(SYS_rt_sigtimedwait, &one, &si, 0, 8);
  syscall(SYS_timer_getoverrun, id);
  syscall(SYS_timer_delete, id);
  struct itimerval iv;
  memset(&iv, 0, sizeof iv);
  iv.it_value.tv_usec = 1000;
  syscall(SYS_setitimer, ITIMER_REAL, &iv, 0);
  unsigned long alrm = 1UL << (SIGALRM - 1);
  syscall(SYS_rt_sigtimedwait, &alrm, &si, 0, 8);
  catch_plain(SIGALRM);
  syscall(SYS_setitimer, ITIMER_REAL, &iv, 0);
  unsigned long none = 0;
  syscall(SYS_rt_sigsuspend, &none, 8);
  return 0;
}
