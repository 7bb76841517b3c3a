/* Calls every vDSO function once or twice and checks the answers are sane:
 * under lzptrace they must still come from the vDSO (no syscall) and be right. */
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <sys/random.h>
#include <sys/time.h>
#include <time.h>

int main(void) {
  struct timespec a, b, res;
  clock_gettime(CLOCK_MONOTONIC, &a);
  clock_gettime(CLOCK_MONOTONIC, &b);
  struct timeval tv;
  gettimeofday(&tv, NULL);
  time_t t = time(NULL);
  clock_getres(CLOCK_MONOTONIC, &res);
  int ordered = b.tv_sec > a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec);
  int close = t - tv.tv_sec <= 1 && tv.tv_sec - t <= 1;
  printf("monotonic ordered: %s, time agrees with gettimeofday: %s, resolution %ld ns\n", ordered ? "yes" : "no",
         close ? "yes" : "no", res.tv_nsec);
  return 0;
}
