// raise with a handler installed by signal(3) (SA_RESTART: a BSD handler), psignal-free; sigaction with SA_RESETHAND|SA_NODEFER; abort() with a handler for SIGABRT that returns (abort restores the default action and raises again: killed, no core with RLIMIT_CORE 0).
// compare-options:
// compare-options: --quiet=exit -e signal=!SIGUSR1
// compare-options: -e trace=%signal -X raw
#include "h10.h"
#include <sys/resource.h>
static void h(int s) { (void)s; }
int main(void) {
  struct rlimit r = {0, 0};
  setrlimit(RLIMIT_CORE, &r);
  signal(SIGUSR1, h);
  raise(SIGUSR1);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = h;
  sa.sa_flags = SA_RESETHAND | SA_NODEFER;
  sigaction(SIGUSR2, &sa, 0);
  raise(SIGUSR2);
  signal(SIGABRT, h);
  abort();
}
