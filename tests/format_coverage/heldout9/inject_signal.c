// -e inject=SET:signal=S alone (the call runs, the signal follows), with error=, a signal whose default action kills (SIGTERM on the 3rd call: +++ killed by SIGTERM +++), and SIGSTOP-free caught signals.
// compare-options: -e inject=getppid:signal=SIGUSR1 -e trace=getppid,getpid
// compare-options: -e inject=getppid:error=EAGAIN:signal=SIGUSR2:when=2 -e trace=getppid,getpid
// compare-options: -e inject=getpid:signal=SIGTERM:when=3 -e trace=getppid,getpid
// compare-options: -e inject=getppid:signal=10:when=1+2 -e trace=getppid,getpid
#include "sync.h"
static void h(int s) {}
int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = h;
  sigaction(SIGUSR1, &sa, 0);
  sigaction(SIGUSR2, &sa, 0);
  for (int i = 0; i < 4; i++) {
    syscall(SYS_getppid);
    syscall(SYS_getpid);
  }
  return 0;
}
