// timerfd at its edges: timerfd_create on CPU, alarm and unknown clocks and with unknown flags; timerfd_settime with TFD_TIMER_ABSTIME|TFD_TIMER_CANCEL_ON_SET on CLOCK_REALTIME, CANCEL_ON_SET alone and on CLOCK_MONOTONIC, unknown flags, nanoseconds out of range, NULL and bad values; timerfd_gettime of a disarmed timer; TFD_IOC_SET_TICKS.
#define _GNU_SOURCE
#include <stdint.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>
#define BAD 0xbad0000UL
#ifndef TFD_IOC_SET_TICKS
#define TFD_IOC_SET_TICKS _IOW('T', 0, uint64_t)
#endif
int main(void) {
  syscall(SYS_timerfd_create, CLOCK_PROCESS_CPUTIME_ID, 0);
  syscall(SYS_timerfd_create, CLOCK_BOOTTIME_ALARM, TFD_NONBLOCK);
  syscall(SYS_timerfd_create, 77, 0);
  syscall(SYS_timerfd_create, CLOCK_MONOTONIC, 0x1);
  int r = syscall(SYS_timerfd_create, CLOCK_REALTIME, TFD_CLOEXEC | TFD_NONBLOCK);
  int m = syscall(SYS_timerfd_create, CLOCK_MONOTONIC, 0);
  struct itimerspec its = {{0, 0}, {4000000000LL, 0}}, old;
  syscall(SYS_timerfd_settime, r, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &its, &old);
  syscall(SYS_timerfd_settime, r, TFD_TIMER_CANCEL_ON_SET, &its, 0);
  syscall(SYS_timerfd_settime, m, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &its, 0);
  syscall(SYS_timerfd_settime, m, 0x4, &its, 0);
  syscall(SYS_timerfd_settime, m, 0xffffffff, &its, 0);
  its.it_interval.tv_nsec = -1;
  syscall(SYS_timerfd_settime, m, 0, &its, 0);
  syscall(SYS_timerfd_settime, m, 0, 0, &old);
  syscall(SYS_timerfd_settime, m, 0, BAD, 0);
  struct itimerspec off = {{0, 0}, {0, 0}};
  syscall(SYS_timerfd_settime, m, 0, &off, 0);
  syscall(SYS_timerfd_gettime, m, &old);
  syscall(SYS_timerfd_gettime, m, BAD);
  syscall(SYS_timerfd_gettime, 0, &old);
  uint64_t ticks = 3;
  syscall(SYS_ioctl, m, TFD_IOC_SET_TICKS, &ticks);
  syscall(SYS_ioctl, m, TFD_IOC_SET_TICKS, BAD);
  return 0;
}
