// Reading timers that do not move: timerfd_gettime and timer_gettime of never-armed and disarmed timers, getitimer of every kind while disarmed, setitimer's old value after a disarm, timer_settime's old value of a disarmed timer; default and -v.
// compare-options:
// compare-options: -v
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>
int main(void) {
  struct itimerspec its, old;
  memset(&its, 0, sizeof its);
  int t = timerfd_create(CLOCK_MONOTONIC, 0);
  syscall(SYS_timerfd_gettime, t, &old);
  its.it_interval.tv_sec = 7;
  syscall(SYS_timerfd_settime, t, 0, &its, &old);
  syscall(SYS_timerfd_gettime, t, &old);
  struct itimerval iv, oiv;
  syscall(SYS_getitimer, ITIMER_REAL, &oiv);
  syscall(SYS_getitimer, ITIMER_VIRTUAL, &oiv);
  syscall(SYS_getitimer, ITIMER_PROF, &oiv);
  memset(&iv, 0, sizeof iv);
  iv.it_interval.tv_usec = 250000;
  syscall(SYS_setitimer, ITIMER_PROF, &iv, &oiv);
  syscall(SYS_setitimer, ITIMER_PROF, &iv, &oiv);
  syscall(SYS_getitimer, ITIMER_PROF, &oiv);
  struct sigevent sev;
  memset(&sev, 0, sizeof sev);
  sev.sigev_notify = SIGEV_NONE;
  timer_t id;
  syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &id);
  syscall(SYS_timer_gettime, id, &old);
  its.it_interval.tv_nsec = 5;
  syscall(SYS_timer_settime, id, 0, &its, &old);
  syscall(SYS_timer_settime, id, 0, &its, &old);
  syscall(SYS_timer_gettime, id, &old);
  syscall(SYS_timer_delete, id);
  return 0;
}
