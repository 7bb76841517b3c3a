// POSIX timers at their edges: timer_create with SIGEV_NONE on several clocks (alarm clocks, a CPU clock, an unknown one), a NULL sigevent; timer_settime with TIMER_ABSTIME, unknown flags, nanoseconds out of range, negative seconds, NULL new value, a bad old-value pointer; timer_gettime of a timer never armed (a disarmed SIGEV_NONE timer still reports its old expiry on this kernel); timer_getoverrun; timer_delete twice; bad timer ids.
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#define BAD 0xbad0000UL
int main(void) {
  struct sigevent ev;
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_NONE;
  int t = -1, u;
  syscall(SYS_timer_create, CLOCK_MONOTONIC, &ev, &t);
  syscall(SYS_timer_create, CLOCK_BOOTTIME, &ev, &u);
  syscall(SYS_timer_create, CLOCK_REALTIME_ALARM, &ev, BAD);
  syscall(SYS_timer_create, CLOCK_THREAD_CPUTIME_ID, &ev, BAD);
  syscall(SYS_timer_create, 99, &ev, &u);
  syscall(SYS_timer_create, CLOCK_MONOTONIC_RAW, &ev, &u);
  struct itimerspec its = {{0, 0}, {100000, 0}}, old;
  syscall(SYS_timer_settime, t, TIMER_ABSTIME, &its, &old);
  syscall(SYS_timer_settime, t, 0x2, &its, 0);
  its.it_value.tv_nsec = 1000000000;
  syscall(SYS_timer_settime, t, 0, &its, 0);
  its.it_value.tv_sec = -1; its.it_value.tv_nsec = 0;
  syscall(SYS_timer_settime, t, 0, &its, &old);
  syscall(SYS_timer_settime, t, 0, 0, &old);
  its.it_value.tv_sec = 0;
  syscall(SYS_timer_settime, t, 0, &its, BAD);
  struct itimerspec off = {{0, 0}, {0, 0}};
  syscall(SYS_timer_settime, t, 0, &off, 0);
  syscall(SYS_timer_gettime, u, &old);
  syscall(SYS_timer_gettime, t, BAD);
  syscall(SYS_timer_getoverrun, t);
  syscall(SYS_timer_getoverrun, 0x7fffffff);
  syscall(SYS_timer_gettime, -1, &old);
  syscall(SYS_timer_settime, 0x80000000UL, 0, &its, 0);
  syscall(SYS_timer_delete, t);
  syscall(SYS_timer_delete, t);
  syscall(SYS_timer_delete, -1);
  return 0;
}
