// vfork_signalled.c — a vfork child sends its parent SIGUSR1 and exits. The
// parent sleeps in vfork until then (not interruptibly), so the signal is
// delivered just as vfork returns in the parent: its handler runs right
// after the call, every time. strace shows "vfork() = PID", then the signal,
// then rt_sigreturn (tests/integration_test.cc).
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t got;
static void on_usr1(int sig) { (void)sig; got = 1; }

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sa.sa_flags = SA_RESTART;
  sigaction(SIGUSR1, &sa, NULL);
  pid_t child = vfork();
  if (child == 0) {
    kill(getppid(), SIGUSR1);
    _exit(0);
  }
  int status;
  waitpid(child, &status, 0);
  printf("handler ran: %d, child status %d\n", got, WEXITSTATUS(status));
  return 0;
}
