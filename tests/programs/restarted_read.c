/* tests/programs/restarted_read.c — a blocking read cut by a signal and
 * restarted by the kernel, while another traced task prints lines of its own.
 *
 * strace shows the read cut short ("= ? ERESTARTSYS"), the signal (and the
 * handler's calls, if one runs), then the read again as a call of its own:
 *   read(3,  <unfinished ...>
 *   [child's lines]
 *   <... read resumed>0x7ffc..., 1) = ? ERESTARTSYS (To be restarted ...)
 *   --- SIGWINCH {...} ---
 *   read(3,  <unfinished ...>
 *   [child's lines]
 *   <... read resumed>"x", 1) = 1
 * Usage: restarted_read ignored|handler|poll. "ignored": SIGWINCH at its
 * default action (only a tracer wakes the read for it: the ptrace companion
 * shows it); "handler": SIGUSR1 with an SA_RESTART handler that calls
 * getppid (the interposer's signal wrapper shows it); "poll": as "ignored",
 * but a poll with a timeout, which the kernel resumes as restart_syscall
 * ("= ? ERESTART_RESTARTBLOCK", then
 * "restart_syscall(<... resuming interrupted poll ...>) = 1"). The child acts
 * only once the parent is asleep in the call, so the order is the same on a
 * loaded machine. */
#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/programs/blocked_in.h"

/* Untraced, an ignored signal is dropped: the call is never cut short. */
static int traced(pid_t pid) {
  char text[2048];
  if (read_proc(pid, "status", text, sizeof(text)) <= 0) return 0;
  const char* tracer = strstr(text, "TracerPid:");
  return tracer != NULL && strtol(tracer + 10, NULL, 10) != 0;
}

static void on_usr1(int sig) {
  (void)sig;
  getppid();
}

int main(int argc, char** argv) {
  int handler = argc > 1 && strcmp(argv[1], "handler") == 0;
  int polling = argc > 1 && strcmp(argv[1], "poll") == 0;
  long call = polling ? SYS_poll : SYS_read, resumed = polling ? SYS_restart_syscall : SYS_read;
  int sig = handler ? SIGUSR1 : SIGWINCH;
  if (handler) {
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_usr1;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGUSR1, &sa, NULL);
  }
  int fds[2];
  if (pipe(fds) != 0) return 1;
  pid_t child = fork();
  if (child == 0) {
    pid_t parent = getppid();
    if (!handler && !traced(parent)) resumed = call;
    while (blocked_in(parent) != call) usleep(1000);
    kill(parent, sig);  /* (the kernel marks it running before kill returns) */
    while (blocked_in(parent) != resumed) usleep(1000);  /* the call, restarted */
    write(fds[1], "x", 1);
    _exit(0);
  }
  char byte = 0;
  if (polling) {
    struct pollfd in = {fds[0], POLLIN, 0};
    poll(&in, 1, 600000);
  }
  ssize_t n = read(fds[0], &byte, 1);
  int status = 0;
  waitpid(child, &status, 0);
  printf("read %zd '%c', child status %d\n", n, byte, status);
  return 0;
}
