/* Signals arriving while syscalls (and so the interposer) run: a 100 us
 * interval timer fires SIGALRM into a loop of 20000 getppid calls, and the
 * handler makes a syscall of its own. Prints counts the test can check.
 *
 * The loop stops the storm after kMaxSignals (with the one setitimer it
 * always makes): where a signal costs more than the timer's period (a ptrace
 * stop per syscall, as under strace or in SUD-only mode with the companion),
 * the handler would take all the time and the loop would crawl (strace does
 * not finish it in minutes). */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>

static volatile long handled;
enum { kMaxSignals = 1000 };

static void on_alarm(int sig) {
  (void)sig;
  handled++;
  syscall(SYS_gettid);
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = on_alarm;
  sa.sa_flags = SA_RESTART;
  sigaction(SIGALRM, &sa, NULL);
  struct itimerval it = {{0, 100}, {0, 100}};
  setitimer(ITIMER_REAL, &it, NULL);
  long sum = 0;
  struct itimerval off = {{0, 0}, {0, 0}};
  int stopped = 0;
  for (int i = 0; i < 20000; ++i) {
    sum += syscall(SYS_getppid) > 0;
    if (!stopped && handled >= kMaxSignals) stopped = setitimer(ITIMER_REAL, &off, NULL) == 0;
  }
  if (!stopped) setitimer(ITIMER_REAL, &off, NULL);
  printf("getppid calls: %ld, signals handled: %s\n", sum, handled > 10 ? "many" : "few");
  fprintf(stderr, "%ld\n", handled);
  return 0;
}
