// Handled signals in a static program: sigaction with SA_RESTART and SA_SIGINFO (glibc's restorer), a kill of itself (--- SIGUSR1 {si_code=SI_USER ...} ---, rt_sigreturn), raise (tgkill), sigprocmask blocking and a pending signal delivered at the unblock, SIG_IGN.
// compare-build: -static
// compare-options:
// compare-options: -e trace=%signal
#include <signal.h>
#include <string.h>
#include <unistd.h>
static volatile int seen;
static void on(int s) { seen += s; }
static void on_info(int s, siginfo_t *si, void *uc) { (void)si; (void)uc; seen += s; }
int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on;
  sa.sa_flags = SA_RESTART;
  sigaction(SIGUSR1, &sa, 0);
  sa.sa_sigaction = on_info;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGUSR2, &sa, 0);
  kill(getpid(), SIGUSR1);
  raise(SIGUSR2);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR1);
  sigprocmask(SIG_BLOCK, &set, 0);
  kill(getpid(), SIGUSR1);
  sigprocmask(SIG_UNBLOCK, &set, 0);
  signal(SIGHUP, SIG_IGN);
  kill(getpid(), SIGHUP);
  return seen == 3 * SIGUSR1 + SIGUSR2 ? 0 : 1;
}
