// setitimer, getitimer, alarm: real and virtual timers, clearing, bad which and pointers.
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>
int main(void) {
  struct itimerval v = {{0, 0}, {100, 500}}, o;
  syscall(SYS_setitimer, ITIMER_REAL, &v, &o);
  struct itimerval z = {{0, 0}, {0, 0}};
  syscall(SYS_setitimer, ITIMER_REAL, &z, NULL);
  syscall(SYS_getitimer, ITIMER_VIRTUAL, &o);
  struct itimerval w = {{1, 2}, {3, 4}};
  syscall(SYS_setitimer, ITIMER_PROF, &w, NULL);
  syscall(SYS_setitimer, ITIMER_PROF, &z, &o);
  syscall(SYS_setitimer, 5, &v, NULL);
  syscall(SYS_getitimer, -1, &o);
  syscall(SYS_getitimer, ITIMER_REAL, (void*)0xbad0000);
  syscall(SYS_alarm, 0);
  syscall(SYS_alarm, 1000);
  syscall(SYS_alarm, 0);
  return 0;
}
