// -e inject=SET:signal=S alone (the call runs, the signal follows), with error=, a signal whose default action kills (SIGTERM on the 3rd call: +++ killed by SIGTERM +++), and SIGSTOP-free caught signals.
// compare-options: -e inject=getppid:signal=SIGUSR1 -e trace=getppid,getpid
// compare-options: -e inject=getppid:error=EAGAIN:signal=SIGUSR2:when=2 -e trace=getppid,getpid
// compare-options: -e inject=getpid:signal=SIGTERM:when=3 -e trace=getppid,getpid
// compare-options: -e inject=getppid:signal=10:when=1+2 -e trace=getppid,getpid
#include "sync.h"
int main(void) {
  catch_signal(SIGUSR1);
  catch_signal(SIGUSR2);
  for (int i = 0; i < 4; i++) {
    syscall(SYS_getppid);
    syscall(SYS_getpid);
  }
  return 0;
}
