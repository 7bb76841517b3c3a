// -p of a process asleep in glibc's sleep() (clock_nanosleep, 60 s), ended by SIGUSR1 with an SA_RESTART handler (a sleep is not restarted: EINTR with the time left), then exit 0.
// attach-block: clock_nanosleep
// attach-then: usr1
// attach-options:
#include "attach.h"
int main(void) {
  catch_with(SIGUSR1, SA_RESTART);
  sleep(60);
  syscall(SYS_getppid);
  return 0;
}
