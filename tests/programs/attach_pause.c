/* A process for -p asleep in pause(), a call with no argument: once its
 * site is rewritten, a call lzptrace filters out (-e trace=openat) sleeps in
 * the interposer's direct-call syscall (tracer/direct_calls.h). Each SIGUSR1
 * wakes it: it says "woke N" and pauses again; closing its stdin is not
 * watched (it pauses until killed). It says "pausing" first. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void on_usr1(int sig) { (void)sig; }

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sigaction(SIGUSR1, &sa, NULL);
  printf("pausing\n");
  fflush(stdout);
  for (int n = 1;; ++n) {
    pause();
    printf("woke %d\n", n);
    fflush(stdout);
  }
}
