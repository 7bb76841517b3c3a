// capget, time of day, times, priorities, adjtimex/clock_adjtime, syslog, vhangup.
#define _GNU_SOURCE
#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/sysinfo.h>
#include <sys/timex.h>
int main(void) {
  struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0}; struct __user_cap_data_struct d[2];
  syscall(SYS_capget, &h, d); h.version = 0x12345678; syscall(SYS_capget, &h, d); syscall(SYS_capget, &h, NULL);
  struct timeval tv; struct timezone tz; gettimeofday(&tv, &tz); settimeofday(NULL, NULL); struct tms t; times(&t);
  syscall(SYS_getpriority, PRIO_PGRP, 0); setpriority(PRIO_PROCESS, 0, 40); syscall(SYS_ioprio_get, 99, 0);
  struct timex tx = {0}; syscall(SYS_adjtimex, &tx); syscall(SYS_clock_adjtime, 99, &tx); syscall(SYS_syslog, 10, NULL, 0); syscall(SYS_vhangup);
  return 0;
}
