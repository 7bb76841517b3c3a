/* Golden program: blocking syscalls interrupted by a signal with a handler.
 * strace shows the code each returned inside the kernel before it became
 * EINTR for the handler (ERESTARTSYS, ERESTARTNOHAND, ERESTART_RESTARTBLOCK),
 * then the signal, then rt_sigreturn's EINTR.
 *
 * Deterministic under load: a child (untraced: the test runs without -f)
 * sends each SIGALRM only once /proc/PARENT/syscall shows the parent blocked
 * in the call it is meant to interrupt, and waits for the handler's byte on
 * a pipe before it watches for the next call. Timeouts are far longer than
 * any wait. SIGCHLD stays blocked but in sigsuspend, which the child outlives. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "tests/programs/blocked_in.h"

static int handled[2];  /* the handler writes a byte here for each signal */

static void on_alarm(int sig) {
  (void)sig;
  write(handled[1], "h", 1);
}

static void interrupter(pid_t parent, const long* calls, int count, int done_fd) {
  for (int i = 0; i < count; ++i) {
    while (blocked_in(parent) != calls[i] || (usleep(2000), blocked_in(parent) != calls[i])) usleep(1000);
    kill(parent, SIGALRM);
    char c;
    read(handled[0], &c, 1);
  }
  char c;
  read(done_fd, &c, 1);  /* the parent is past sigsuspend: exit now */
  _exit(0);
}

int main(void) {
  static const long calls[] = {SYS_pause, SYS_clock_nanosleep, SYS_clock_nanosleep, SYS_read,
                               SYS_poll,  SYS_poll,      SYS_pselect6,        SYS_rt_sigsuspend};
  pipe(handled);
  int done[2];
  pipe(done);
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, NULL);
  struct sigaction sa = {0};
  sa.sa_handler = on_alarm;
  sigaction(SIGALRM, &sa, 0);
  pid_t parent = getpid();
  pid_t child = fork();
  if (child == 0) interrupter(parent, calls, sizeof(calls) / sizeof(calls[0]), done[0]);

  pause();
  struct timespec long_time = {600, 0};
  nanosleep(&long_time, 0);  /* glibc: clock_nanosleep(CLOCK_REALTIME, ...) */
  struct timespec left;  /* the kernel writes the time left: strace shows it */
  clock_nanosleep(CLOCK_MONOTONIC, 0, &long_time, &left);
  char c;
  int p[2];
  pipe(p);
  read(p[0], &c, 1);
  poll(NULL, 0, 600000);
  poll(NULL, 0, -1);
  select(0, 0, 0, 0, 0);  /* glibc: pselect6 */
  sigset_t only_chld;
  sigfillset(&only_chld);
  sigdelset(&only_chld, SIGALRM);
  sigsuspend(&only_chld);
  write(done[1], "d", 1);
  int status;
  waitpid(child, &status, 0);
  return 0;
}
