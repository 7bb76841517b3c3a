// sched_getattr/sched_setattr with good, short and bad structs; priority ranges of every policy.
#define _GNU_SOURCE
#include <sched.h>
#include <stdint.h>
#include <linux/sched.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
struct sched_attr {  // <linux/sched/types.h> (not includable beside <sched.h>)
  uint32_t size, sched_policy; uint64_t sched_flags; int32_t sched_nice; uint32_t sched_priority;
  uint64_t sched_runtime, sched_deadline, sched_period; uint32_t sched_util_min, sched_util_max;
};
int main(void) {
  struct sched_attr a;
  memset(&a, 0, sizeof a);
  syscall(SYS_sched_getattr, 0, &a, sizeof a, 0);
  syscall(SYS_sched_getattr, 0, &a, 8, 0);
  syscall(SYS_sched_getattr, -1, &a, sizeof a, 0);
  syscall(SYS_sched_getattr, 0, &a, sizeof a, 1);
  memset(&a, 0, sizeof a);
  a.size = sizeof a; a.sched_policy = SCHED_BATCH; a.sched_nice = 3; a.sched_flags = SCHED_FLAG_RESET_ON_FORK;
  syscall(SYS_sched_setattr, 99999999, &a, 0);
  a.sched_policy = 77; syscall(SYS_sched_setattr, 0, &a, 0);
  a.size = 1; syscall(SYS_sched_setattr, 0, &a, 0);
  syscall(SYS_sched_setattr, 0, NULL, 0);
  syscall(SYS_sched_setattr, 0, (void*)0xbad0000, 0);
  for (int p = 0; p <= 7; ++p) { sched_get_priority_max(p); sched_get_priority_min(p); }
  struct timespec ts; sched_rr_get_interval(0, &ts); sched_rr_get_interval(-1, &ts);
  return 0;
}
