// The traced program itself killed by a signal: SIGTERM with the default action after a handled SIGUSR1, ending in +++ killed by SIGTERM +++.
// compare-options: -e trace=!open,pread64
// compare-options: -f -e trace=!open,pread64
#include "sync.h"
int main(void) {
  catch_signal(SIGUSR1);
  syscall(SYS_kill, syscall(SYS_getpid), SIGUSR1);
  syscall(SYS_kill, syscall(SYS_getpid), SIGTERM);
  return 0;
}
