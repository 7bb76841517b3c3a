// -p of a process asleep in nanosleep (60 s): strace shows the sleep resumed after the attach as restart_syscall(<... resuming interrupted nanosleep ...>); a SIGUSR1 (handler, no SA_RESTART) then ends it with EINTR, and the program exits 0.
// attach-block: nanosleep
// attach-then: usr1
// attach-options:
// attach-options: -f
#include "attach.h"
#include <time.h>
int main(void) {
  catch_with(SIGUSR1, 0);
  struct timespec t = {60, 0}, left;
  syscall(SYS_nanosleep, &t, &left);
  syscall(SYS_getppid);
  return 0;
}
