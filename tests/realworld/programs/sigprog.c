// sigprog.c — a program that receives and handles signals: a SIGALRM
// interrupts nanosleep and pause (handler installed with and without
// SA_RESTART), SIGUSR1 is sent to itself, a child's exit raises SIGCHLD,
// and a blocked SIGUSR2 is collected with sigtimedwait. Prints what it saw.
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t alarms, usr1, chld;
static void on_alarm(int s) { (void)s; alarms++; }
static void on_usr1(int s) { (void)s; usr1++; }
static void on_chld(int s) { (void)s; chld++; }

static void handle(int sig, void (*fn)(int), int flags) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = fn;
  sa.sa_flags = flags;
  sigaction(sig, &sa, NULL);
}

int main(void) {
  handle(SIGALRM, on_alarm, 0);
  handle(SIGUSR1, on_usr1, SA_RESTART);
  handle(SIGCHLD, on_chld, SA_RESTART);
  struct itimerval it = {{0, 0}, {0, 50000}};
  setitimer(ITIMER_REAL, &it, NULL);
  struct timespec ts = {5, 0};
  int r = nanosleep(&ts, &ts);
  printf("nanosleep=%d errno=%s alarms=%d\n", r, r ? strerror(errno) : "-", alarms);
  alarm(1);
  pause();
  printf("pause returned, alarms=%d\n", alarms);
  kill(getpid(), SIGUSR1);
  printf("usr1=%d\n", usr1);
  pid_t child = fork();
  if (child == 0) _exit(7);
  int status;
  while (waitpid(child, &status, 0) < 0 && errno == EINTR) {}
  printf("child status=%d\n", WEXITSTATUS(status));
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR2);
  sigprocmask(SIG_BLOCK, &set, NULL);
  raise(SIGUSR2);
  siginfo_t info;
  struct timespec wait = {1, 0};
  int got = sigtimedwait(&set, &info, &wait);
  printf("sigtimedwait=%s\n", got == SIGUSR2 ? "SIGUSR2" : "other");
  return 0;
}
