/* A process for -p asleep in nanosleep, which the kernel resumes through
 * restart_syscall once the tracer has stopped it: it says "sleeping", then
 * sleeps 60 s (glibc: clock_nanosleep) with a SIGUSR1 handler (no SA_RESTART), so that the signal
 * cuts the resumed sleep short (strace: restart_syscall ... = ?
 * ERESTART_RESTARTBLOCK, the signal, rt_sigreturn = -1 EINTR). It then
 * forks a child that exits 3 (under -p -f: "Process N attached" on stderr),
 * reaps it, says what it saw and exits 0. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void on_usr1(int sig) { (void)sig; }

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sigaction(SIGUSR1, &sa, 0);
  printf("sleeping\n");
  fflush(stdout);
  struct timespec t = {60, 0};
  int n = nanosleep(&t, 0);
  int woke = n < 0 && errno == EINTR;
  pid_t c = fork();
  if (c == 0) _exit(3);
  int status = 0;
  waitpid(c, &status, 0);
  printf("%s, child %d\n", woke ? "EINTR" : "slept", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  return 0;
}
