// clock_gettime/getres/nanosleep with good, bad and dynamic clocks.
#include <time.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct timespec ts, z = {0, 0}, bad = {0, 1000000000};
  syscall(SYS_clock_getres, CLOCK_MONOTONIC, &ts); syscall(SYS_clock_getres, 99, &ts); syscall(SYS_clock_getres, -10, &ts);
  syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &z, NULL); syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &bad, NULL);
  syscall(SYS_clock_nanosleep, CLOCK_REALTIME, TIMER_ABSTIME, &z, NULL); syscall(SYS_nanosleep, &z, NULL); syscall(SYS_nanosleep, &bad, NULL);
  syscall(SYS_clock_gettime, 1234, &ts); syscall(SYS_clock_settime, CLOCK_MONOTONIC, &z);
  return 0;
}
