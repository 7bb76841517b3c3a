// getpriority/setpriority with unknown which and absent who; sched_setscheduler on the program itself with SCHED_RESET_ON_FORK, unknown policies, bad params; sched_get_priority_max/min; sched_rr_get_interval bad.
#define _GNU_SOURCE
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_getpriority, PRIO_PGRP, 999999);
  syscall(SYS_getpriority, PRIO_USER, 99999);
  syscall(SYS_getpriority, -1, 0);
  syscall(SYS_setpriority, PRIO_PROCESS, 999999, 5);
  syscall(SYS_setpriority, PRIO_USER, 99999, -30);
  syscall(SYS_setpriority, 3, 0, 0);
  struct sched_param sp = {0};
  syscall(SYS_sched_setscheduler, 0, SCHED_OTHER | SCHED_RESET_ON_FORK, &sp);
  syscall(SYS_sched_getscheduler, 0);
  syscall(SYS_sched_setscheduler, 0, SCHED_OTHER, &sp);
  syscall(SYS_sched_setscheduler, 0, 99, &sp);
  syscall(SYS_sched_setscheduler, 0, -1, &sp);
  syscall(SYS_sched_setscheduler, 0, SCHED_BATCH, (void*)0xbad0000);
  syscall(SYS_sched_setscheduler, 0, SCHED_IDLE, NULL);
  sp.sched_priority = 100;
  syscall(SYS_sched_setscheduler, 0, SCHED_FIFO, &sp);
  syscall(SYS_sched_getscheduler, -1);
  syscall(SYS_sched_get_priority_max, SCHED_DEADLINE);
  syscall(SYS_sched_get_priority_min, 99);
  syscall(SYS_sched_get_priority_max, SCHED_FIFO | SCHED_RESET_ON_FORK);
  syscall(SYS_sched_rr_get_interval, 0, (void*)0xbad0000);
  syscall(SYS_sched_rr_get_interval, -1, NULL);
  return 0;
}
