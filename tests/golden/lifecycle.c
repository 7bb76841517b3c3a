/* Golden program, traced with -f: how tasks end and stop, as the kernel
 * reports it. One child at a time, each waited for, so every task's lines
 * come in a fixed order: a child killed by SIGSEGV with and without a core
 * dump (in the directory given), a grandchild killed by SIGKILL (its
 * own, at a fixed point) and never reaped by its parent (which exits first), a child that stops itself with
 * SIGSTOP and is continued with SIGCONT, a thread that exits while the main
 * thread waits for it, and the main thread's exit_group. */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void crash(rlim_t core) {
  struct rlimit limit = {core, core};
  setrlimit(RLIMIT_CORE, &limit);
  *(volatile int*)0 = 1;
  _exit(1);
}

static void wait_for(pid_t child, int flags) {
  int status;
  waitpid(child, &status, flags);
}

static void* thread_body(void* arg) {
  (void)arg;
  syscall(SYS_getppid);
  return NULL;
}

int main(int argc, char** argv) {
  if (argc > 1 && chdir(argv[1]) != 0) return 1;
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, NULL);  /* the SIGCHLDs come when unblocked, at the end */

  pid_t child = fork();
  if (child == 0) crash(0);
  wait_for(child, 0);

  child = fork();
  if (child == 0) crash(64 << 20);
  wait_for(child, 0);

  int gone[2];  /* the grandchild holds the write end until it dies */
  pipe(gone);
  child = fork();
  if (child == 0) {
    pid_t grandchild = fork();
    if (grandchild == 0) {
      close(gone[0]);
      kill(getpid(), SIGKILL);  /* at a fixed point: its last call */
      for (;;) pause();
    }
    _exit(0);  /* without waiting for it */
  }
  close(gone[1]);
  wait_for(child, 0);
  char c;
  read(gone[0], &c, 1);  /* EOF once the grandchild is gone too */
  close(gone[0]);

  child = fork();
  if (child == 0) {
    raise(SIGSTOP);
    _exit(0);
  }
  wait_for(child, WUNTRACED);
  kill(child, SIGCONT);
  wait_for(child, 0);

  pthread_t thread;
  pthread_create(&thread, NULL, thread_body, NULL);
  pthread_join(thread, NULL);

  sigprocmask(SIG_UNBLOCK, &chld, NULL);
  return 0;
}
