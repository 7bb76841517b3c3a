// nanosleep and clock_nanosleep with nanoseconds out of range, negative seconds, zero, absolute times in the past, unknown flags and clocks, bad and half-readable pointers.
#define _GNU_SOURCE
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
int main(void) {
  struct timespec t = {0, -1}, r;
  syscall(SYS_nanosleep, &t, &r);
  t.tv_nsec = 1000000000;
  syscall(SYS_nanosleep, &t, NULL);
  t.tv_sec = -1; t.tv_nsec = 0;
  syscall(SYS_nanosleep, &t, NULL);
  t.tv_sec = 0;
  syscall(SYS_nanosleep, &t, (void*)0xbad0000);
  syscall(SYS_nanosleep, (void*)0xbad0000, NULL);
  t.tv_sec = 1;
  syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME, &t, &r);
  syscall(SYS_clock_nanosleep, CLOCK_REALTIME, TIMER_ABSTIME, &t, NULL);
  syscall(SYS_clock_nanosleep, CLOCK_TAI, TIMER_ABSTIME, &t, NULL);
  syscall(SYS_clock_nanosleep, CLOCK_BOOTTIME, 0x2, &t, NULL);
  syscall(SYS_clock_nanosleep, CLOCK_THREAD_CPUTIME_ID, 0, &t, NULL);
  syscall(SYS_clock_nanosleep, 99, 0, &t, NULL);
  syscall(SYS_clock_nanosleep, -1, TIMER_ABSTIME, &t, NULL);
  t.tv_sec = 0x7fffffffffffffffL; t.tv_nsec = 1000000000;
  syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME, &t, (void*)0xbad0000);
  t.tv_sec = 0; t.tv_nsec = 0;
  syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &t, &r);
  char* m = (char*)syscall(SYS_mmap, NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_munmap, m + 4096, 4096);
  memset(m + 4092, 0, 4);
  syscall(SYS_nanosleep, m + 4092, NULL);
  return 0;
}
