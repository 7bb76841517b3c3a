/* A signal made pending while every signal is blocked is delivered exactly
 * as rt_sigprocmask unblocks it, before that call's return reaches the
 * program: the interposer records the call from its signal handler, and its
 * old set must still say that every signal was blocked (as the kernel, and
 * strace, say). Prints what the program saw. */
#include <signal.h>
#include <stdio.h>

static volatile sig_atomic_t handled;

static void OnUsr1(int sig) { handled = sig; }

int main(void) {
  sigset_t all, none, old;
  sigfillset(&all);
  sigemptyset(&none);
  struct sigaction sa = {0};
  sa.sa_handler = OnUsr1;
  sigaction(SIGUSR1, &sa, NULL);
  sigprocmask(SIG_SETMASK, &all, NULL);
  raise(SIGUSR1);
  sigprocmask(SIG_SETMASK, &none, &old);
  printf("handled %d, SIGSEGV was blocked %d, SIGSYS was blocked %d\n", handled == SIGUSR1,
         sigismember(&old, SIGSEGV), sigismember(&old, SIGSYS));
  return 0;
}
