// sched_getattr's answers on success at sizes 48 (SCHED_ATTR_SIZE_VER0), 56, 120 and 4096, after sched_setattr set SCHED_BATCH with a nice value and after SCHED_IDLE; sched_getparam/getscheduler answers alongside; default and -v.
// compare-options:
// compare-options: -v
#define _GNU_SOURCE
#include <sched.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
struct attr { unsigned size, policy; unsigned long long flags; int nice; unsigned prio; unsigned long long runtime, deadline, period; unsigned umin, umax; };
int main(void) {
  char buf[4096];
  memset(buf, 0, sizeof buf);
  syscall(SYS_sched_getattr, 0, buf, 48, 0);
  syscall(SYS_sched_getattr, 0, buf, 56, 0);
  syscall(SYS_sched_getattr, 0, buf, 120, 0);
  syscall(SYS_sched_getattr, 0, buf, 4096, 0);
  struct attr a;
  memset(&a, 0, sizeof a);
  a.size = 48;
  a.policy = SCHED_BATCH;
  a.nice = 5;
  syscall(SYS_sched_setattr, 0, &a, 0);
  syscall(SYS_sched_getattr, 0, buf, 56, 0);
  struct sched_param sp;
  syscall(SYS_sched_getparam, 0, &sp);
  syscall(SYS_sched_getscheduler, 0);
  a.policy = SCHED_IDLE;
  a.nice = 0;
  syscall(SYS_sched_setattr, 0, &a, 0);
  syscall(SYS_sched_getattr, 0, buf, 48, 0);
  syscall(SYS_sched_getscheduler, 0);
  return 0;
}
