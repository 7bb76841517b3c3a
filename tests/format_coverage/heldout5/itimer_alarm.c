// setitimer/getitimer: unknown and negative timers, microseconds out of range, a NULL new value, disarmed timers read back; alarm with upper bits and a long alarm read back.
#define _GNU_SOURCE
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>
int main(void) {
  struct itimerval v = {{0, 0}, {0, 1000000}}, o;
  syscall(SYS_setitimer, ITIMER_PROF, &v, &o);
  v.it_value.tv_usec = -1;
  syscall(SYS_setitimer, ITIMER_VIRTUAL, &v, NULL);
  v.it_value.tv_usec = 0; v.it_interval.tv_sec = -5;
  syscall(SYS_setitimer, ITIMER_REAL, &v, NULL);
  syscall(SYS_setitimer, 99, &v, NULL);
  syscall(SYS_setitimer, -1, &v, NULL);
  syscall(SYS_setitimer, ITIMER_PROF, NULL, &o);
  syscall(SYS_setitimer, ITIMER_PROF, (void*)0xbad0000, NULL);
  syscall(SYS_getitimer, ITIMER_VIRTUAL, &o);
  syscall(SYS_getitimer, ITIMER_PROF, &o);
  syscall(SYS_getitimer, 3, &o);
  syscall(SYS_getitimer, ITIMER_REAL, (void*)0xbad0000);
  syscall(SYS_alarm, 0);
  syscall(SYS_alarm, 0x7fffffffUL);
  syscall(SYS_alarm, 0x100000000UL);
  syscall(SYS_alarm, 0);
  return 0;
}
