// timer_create with SIGEV_THREAD: glibc starts its helper thread once (clone3; the helper waits in rt_sigtimedwait), then timer_create with SIGEV_THREAD_ID naming it; timer_settime (relative, far off; the old value zero), timer_delete; a second SIGEV_THREAD timer reuses the helper.
// compare-options:
// compare-options: -v
// compare-options: -e trace=timer_create,timer_settime,timer_gettime,timer_delete -X raw
#include "h10.h"
#include <time.h>
static void fire(union sigval v) { (void)v; }
int main(void) {
  struct sigevent ev;
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_THREAD;
  ev.sigev_notify_function = fire;
  ev.sigev_value.sival_int = 7;
  timer_t t, u;
  timer_create(CLOCK_MONOTONIC, &ev, &t);
  struct itimerspec its = {{0, 0}, {3600, 0}}, old;
  timer_settime(t, 0, &its, &old);
  timer_create(CLOCK_REALTIME, &ev, &u);
  timer_delete(u);
  timer_delete(t);
  return 0;
}
