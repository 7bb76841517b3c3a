// Clock ids strace decodes specially: CPU clocks of a pid or thread (process, virtual, sched), fd clocks, the coarse and alarm clocks, bad ids.
#include <fcntl.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#define CPUCLOCK(pid, kind) ((~(clockid_t)(pid) << 3) | (kind))
#define THREADCLOCK(tid, kind) (CPUCLOCK(tid, kind) | 4)
#define FDCLOCK(fd) ((~(clockid_t)(fd) << 3) | 3)
int main(void) {
  struct timespec ts;
  syscall(SYS_clock_getres, CPUCLOCK(0, 0), &ts);
  syscall(SYS_clock_getres, CPUCLOCK(0, 1), &ts);
  syscall(SYS_clock_getres, CPUCLOCK(0, 2), NULL);
  syscall(SYS_clock_getres, CPUCLOCK(1, 2), &ts);
  syscall(SYS_clock_getres, THREADCLOCK(0, 2), &ts);
  syscall(SYS_clock_getres, CPUCLOCK(0, 3), &ts);
  syscall(SYS_clock_getres, CPUCLOCK(999999, 0), &ts);
  syscall(SYS_clock_getres, FDCLOCK(0), &ts);
  syscall(SYS_clock_getres, FDCLOCK(99), &ts);
  syscall(SYS_clock_getres, CLOCK_REALTIME_COARSE, &ts);
  syscall(SYS_clock_getres, CLOCK_MONOTONIC_COARSE, &ts);
  syscall(SYS_clock_getres, CLOCK_BOOTTIME_ALARM, &ts);
  syscall(SYS_clock_getres, CLOCK_TAI, (void*)0xbad0000);
  syscall(SYS_clock_getres, 16, &ts);
  syscall(SYS_clock_getres, 0x7fffffff, &ts);
  syscall(SYS_clock_gettime, CPUCLOCK(999999, 1), &ts);
  syscall(SYS_clock_gettime, FDCLOCK(77), &ts);
  syscall(SYS_clock_nanosleep, CPUCLOCK(0, 2), 0, (void*)0xbad0000, NULL);
  syscall(SYS_clock_nanosleep, CLOCK_THREAD_CPUTIME_ID, 0, &ts, NULL);
  return 0;
}
