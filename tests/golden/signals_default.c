/* Golden program: signals whose disposition is the default or SIG_IGN,
 * which no handler sees — only the ptrace companion. Each one is made to
 * arrive at a fixed point, so strace and lzptrace see the same sequence:
 * blocked then unblocked (SIGCHLD), sent to itself while it runs (SIGURG,
 * SIGWINCH, an ignored SIGUSR2), and a child's end seen through wait4 (an
 * exit code, SIGSEGV without a core dump, SIGABRT), and a SIGWINCH a child
 * sends while we are blocked in read: a traced task is woken even for a
 * signal it ignores, so the read is cut ("= ? ERESTARTSYS"), the signal
 * shown, and the read restarted. Run without -f: the children are not
 * traced, their ends reach us only as wait statuses and SIGCHLDs. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/programs/blocked_in.h"

/* Runs child_body in a child (and parent_body, if any, here meanwhile),
 * reaps it with SIGCHLD blocked, then unblocks SIGCHLD. */
static void reap_one_after(void (*child_body)(void), void (*parent_body)(void)) {
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, NULL);
  pid_t child = fork();
  if (child == 0) child_body();
  if (parent_body) parent_body();
  int status;
  waitpid(child, &status, 0);
  sigprocmask(SIG_UNBLOCK, &chld, NULL);
}

static void reap_one(void (*child_body)(void)) { reap_one_after(child_body, NULL); }

static void exit_3(void) { _exit(3); }
static void segfault(void) {
  struct rlimit none = {0, 0};
  setrlimit(RLIMIT_CORE, &none);
  *(volatile int*)0 = 1;
  _exit(1);
}
static void abort_self(void) {
  struct rlimit none = {0, 0};
  setrlimit(RLIMIT_CORE, &none);
  signal(SIGABRT, SIG_DFL);
  kill(getpid(), SIGABRT);
  _exit(1);
}

static int pipe_fds[2];

static void interrupt_parents_read(void) {
  pid_t parent = getppid();
  while (blocked_in(parent) != SYS_read) usleep(1000);
  kill(parent, SIGWINCH);  /* (the kernel marks it running before kill returns) */
  while (blocked_in(parent) != SYS_read) usleep(1000);  /* the read, restarted */
  write(pipe_fds[1], "x", 1);
  _exit(0);
}

static void read_a_byte(void) {
  char byte;
  read(pipe_fds[0], &byte, 1);
}

int main(void) {
  pipe(pipe_fds);
  reap_one(exit_3);
  reap_one(segfault);
  reap_one(abort_self);
  kill(getpid(), SIGURG);
  syscall(SYS_tgkill, getpid(), gettid(), SIGWINCH);
  signal(SIGUSR2, SIG_IGN);
  kill(getpid(), SIGUSR2);
  reap_one_after(interrupt_parents_read, read_a_byte);
  write(1, "done\n", 5);
  return 0;
}
