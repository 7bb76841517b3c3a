// timerfd_create/settime/gettime with flags and bad values.
#include <sys/timerfd.h>
#include <unistd.h>
int main(void) {
  int t = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK); struct itimerspec its = {{0, 0}, {100, 0}}, old;
  timerfd_create(99, 0); timerfd_create(CLOCK_MONOTONIC, 0xff);
  timerfd_settime(t, 0, &its, &old); timerfd_settime(t, TFD_TIMER_ABSTIME, &its, NULL); timerfd_gettime(t, &old);
  its.it_value.tv_nsec = 2000000000; timerfd_settime(t, 0, &its, NULL); timerfd_settime(t, 0xff, &its, NULL);
  timerfd_gettime(-1, &old);
  return 0;
}
