// timer_create: each sigev_notify kind, signals by name and number, thread ids, unknown kinds, NULL and bad sigevents, clock ids.
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
int main(void) {
  struct sigevent e;
  int id;
  memset(&e, 0, sizeof e);
  e.sigev_notify = SIGEV_NONE;
  syscall(SYS_timer_create, CLOCK_MONOTONIC, &e, &id);
  e.sigev_notify = SIGEV_SIGNAL;
  e.sigev_signo = SIGRTMIN + 2;
  e.sigev_value.sival_int = 42;
  syscall(SYS_timer_create, CLOCK_REALTIME, &e, &id);
  e.sigev_signo = 0;
  e.sigev_value.sival_ptr = (void*)0xdeadbeef;
  syscall(SYS_timer_create, CLOCK_BOOTTIME, &e, &id);
  e.sigev_notify = SIGEV_THREAD_ID;
  e.sigev_signo = SIGUSR2;
  e._sigev_un._tid = 1;
  syscall(SYS_timer_create, CLOCK_MONOTONIC, &e, &id);
  e.sigev_notify = SIGEV_THREAD;
  e._sigev_un._sigev_thread._function = (void*)0x1234;
  e._sigev_un._sigev_thread._attribute = (void*)0x5678;
  syscall(SYS_timer_create, CLOCK_MONOTONIC, &e, &id);
  e.sigev_notify = 77;
  syscall(SYS_timer_create, CLOCK_MONOTONIC, &e, &id);
  e.sigev_notify = SIGEV_SIGNAL;
  e.sigev_signo = 200;
  syscall(SYS_timer_create, CLOCK_MONOTONIC, &e, &id);
  syscall(SYS_timer_create, CLOCK_PROCESS_CPUTIME_ID, NULL, &id);
  syscall(SYS_timer_create, CLOCK_THREAD_CPUTIME_ID, NULL, (void*)0xbad0000);
  syscall(SYS_timer_create, CLOCK_TAI, (void*)0xbad0000, &id);
  syscall(SYS_timer_create, CLOCK_REALTIME_ALARM, NULL, &id);
  syscall(SYS_timer_create, 99, NULL, &id);
  syscall(SYS_timer_create, -1, NULL, &id);
  syscall(SYS_timer_create, CLOCK_MONOTONIC_RAW, NULL, &id);
  return 0;
}
