// adjtimex and clock_adjtime reading the clock state, with bad modes and clocks; io_pgetevents with a sigmask.
#define _GNU_SOURCE
#include <linux/aio_abi.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/timex.h>
#include <time.h>
#include <unistd.h>
struct aio_sigset { const sigset_t* sigmask; size_t sigsetsize; };
int main(void) {
  struct timex tx; memset(&tx, 0, sizeof tx);
  syscall(SYS_adjtimex, &tx);
  memset(&tx, 0, sizeof tx); tx.modes = 0x12345678;
  syscall(SYS_adjtimex, &tx);
  syscall(SYS_adjtimex, (void*)0xbad0000);
  memset(&tx, 0, sizeof tx);
  syscall(SYS_clock_adjtime, CLOCK_REALTIME, &tx);
  syscall(SYS_clock_adjtime, CLOCK_MONOTONIC, &tx);
  syscall(SYS_clock_adjtime, 99, &tx);
  aio_context_t ctx = 0; syscall(SYS_io_setup, 2, &ctx);
  struct io_event ev[2]; struct timespec ts = {0, 1000};
  sigset_t m; sigemptyset(&m); sigaddset(&m, SIGUSR1);
  struct aio_sigset s = {&m, 8};
  syscall(SYS_io_pgetevents, ctx, 0, 2, ev, &ts, &s);
  s.sigsetsize = 4; syscall(SYS_io_pgetevents, ctx, 0, 2, ev, &ts, &s);
  syscall(SYS_io_pgetevents, ctx, 0, 2, ev, &ts, NULL);
  syscall(SYS_io_pgetevents, 0, 1, 2, ev, NULL, NULL);
  syscall(SYS_io_destroy, ctx);
  return 0;
}
