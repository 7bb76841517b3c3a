// sigaltstack and SA_ONSTACK in a static program: a handler on the alternate stack (SS_ONSTACK while in it), SS_DISABLE, a bad size (ENOMEM).
// compare-build: -static
// compare-options:
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
static char alt[65536];
static void on(int s) {
  (void)s;
  stack_t cur;
  sigaltstack(0, &cur);
}
int main(void) {
  stack_t ss = {.ss_sp = alt, .ss_size = sizeof alt, .ss_flags = 0};
  sigaltstack(&ss, 0);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on;
  sa.sa_flags = SA_ONSTACK;
  sigaction(SIGUSR1, &sa, 0);
  kill(getpid(), SIGUSR1);
  stack_t small = {.ss_sp = alt, .ss_size = 16, .ss_flags = 0};
  sigaltstack(&small, 0);
  ss.ss_flags = SS_DISABLE;
  sigaltstack(&ss, 0);
  return 0;
}
