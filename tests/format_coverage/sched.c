// sched_* calls: affinity, params, policies, yield, priorities.
#define _GNU_SOURCE
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  cpu_set_t c; struct sched_param p = {0};
  sched_getaffinity(0, sizeof c, &c); sched_getaffinity(0, 1, &c); sched_getaffinity(-1, sizeof c, &c);
  sched_getparam(0, &p); sched_setscheduler(0, SCHED_OTHER, &p); syscall(SYS_sched_setscheduler, 0, 99, &p);
  sched_getscheduler(0); sched_get_priority_max(SCHED_FIFO); sched_get_priority_min(77); sched_yield();
  struct timespec ts; sched_rr_get_interval(0, &ts);
  return 0;
}
