/* Golden program: signals whose disposition is the default or SIG_IGN,
 * which no handler sees — only the ptrace companion. Each one is made to
 * arrive at a fixed point, so strace and lzptrace see the same sequence:
 * blocked then unblocked (SIGCHLD), sent to itself while it runs (SIGURG,
 * SIGWINCH, an ignored SIGUSR2), and a child's end seen through wait4 (an
 * exit code, SIGSEGV without a core dump, SIGABRT). Run without -f: the
 * children are not traced, their ends reach us only as wait statuses and
 * SIGCHLDs. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void reap_one(void (*child_body)(void)) {
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, NULL);
  pid_t child = fork();
  if (child == 0) child_body();
  int status;
  waitpid(child, &status, 0);
  sigprocmask(SIG_UNBLOCK, &chld, NULL);
}

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

int main(void) {
  reap_one(exit_3);
  reap_one(segfault);
  reap_one(abort_self);
  kill(getpid(), SIGURG);
  syscall(SYS_tgkill, getpid(), gettid(), SIGWINCH);
  signal(SIGUSR2, SIG_IGN);
  kill(getpid(), SIGUSR2);
  write(1, "done\n", 5);
  return 0;
}
