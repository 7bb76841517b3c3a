// The sleep functions' calls: nanosleep (glibc: clock_nanosleep(CLOCK_REALTIME, 0)), usleep(1), sleep(0) (no call), clock_nanosleep with TIMER_ABSTIME in the past on CLOCK_MONOTONIC, an unknown clock (EINVAL: returned, not in errno), thrd_sleep, a negative time (EINVAL).
// compare-options:
// compare-options: -e verbose=none -T
// compare-options: -X raw -e trace=clock_nanosleep -r
#include "h10.h"
#include <threads.h>
#include <time.h>
int main(void) {
  struct timespec t = {0, 1000}, past = {0, 1}, neg = {-1, 0}, left;
  nanosleep(&t, &left);
  usleep(1);
  sleep(0);
  clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &past, 0);
  clock_nanosleep(99, 0, &t, 0);
  thrd_sleep(&t, 0);
  nanosleep(&neg, 0);
  return 0;
}
