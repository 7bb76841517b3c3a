// The vDSO in a static program: clock_gettime, gettimeofday, time and getcpu go through it (strace sees none; lzptrace hides %vdso here) between two real calls; clock_getres of a clock the vDSO does not serve (CLOCK_PROCESS_CPUTIME_ID) is a real syscall.
// compare-build: -static
// compare-options:
#define _GNU_SOURCE
#include <sched.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_getppid);
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  clock_gettime(CLOCK_REALTIME, &ts);
  struct timeval tv;
  gettimeofday(&tv, 0);
  time(0);
  unsigned cpu, node;
  getcpu(&cpu, &node);
  clock_getres(CLOCK_PROCESS_CPUTIME_ID, &ts);
  syscall(SYS_getppid);
  return 0;
}
