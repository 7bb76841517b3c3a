/* Signals: handlers that make syscalls, SA_SIGINFO, SA_RESTART across an
 * interrupted read, SA_ONSTACK on an alternate stack, SA_RESETHAND,
 * SA_NODEFER, masks that try to block SIGSYS, sigaction queries, the
 * application's own SIGSYS and SIGSEGV handlers. Prints what it observed. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static volatile int hits, info_code, on_alt, sys_hits;
static char altstack[65536];
static sigjmp_buf recover;

static void handler(int sig) { (void)sig; hits++; getppid(); }
static void info_handler(int sig, siginfo_t* si, void* uc) { (void)sig; (void)uc; info_code = si->si_code; }
static void alt_handler(int sig) {
  (void)sig;
  char probe;
  on_alt = &probe >= altstack && &probe < altstack + sizeof(altstack);
}
static void sys_handler(int sig) { (void)sig; sys_hits++; }
static void segv_handler(int sig) { (void)sig; siglongjmp(recover, 1); }

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = handler;
  sigaction(SIGUSR1, &sa, NULL);
  raise(SIGUSR1);
  raise(SIGUSR1);
  printf("handler ran %d times\n", hits);

  sa.sa_flags = SA_SIGINFO;
  sa.sa_sigaction = info_handler;
  sigaction(SIGUSR2, &sa, NULL);
  raise(SIGUSR2);
  printf("siginfo code %s\n", info_code == SI_TKILL ? "SI_TKILL" : "other");

  /* SA_RESTART: the read is interrupted by SIGALRM and restarted. */
  int p[2];
  pipe(p);
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = handler;
  sa.sa_flags = SA_RESTART;
  sigaction(SIGALRM, &sa, NULL);
  if (fork() == 0) { usleep(50000); write(p[1], "r", 1); _exit(0); }
  alarm(0);
  ualarm(10000, 0);
  char c = 0;
  ssize_t n = read(p[0], &c, 1);
  printf("restarted read got %zd '%c'\n", n, c);

  stack_t ss = {.ss_sp = altstack, .ss_size = sizeof(altstack), .ss_flags = 0};
  sigaltstack(&ss, NULL);
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = alt_handler;
  sa.sa_flags = SA_ONSTACK;
  sigaction(SIGWINCH, &sa, NULL);
  raise(SIGWINCH);
  printf("ran on the alternate stack: %s\n", on_alt ? "yes" : "no");

  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = handler;
  sa.sa_flags = SA_RESETHAND | SA_NODEFER;
  sigaction(SIGHUP, &sa, NULL);
  raise(SIGHUP);
  struct sigaction now;
  sigaction(SIGHUP, NULL, &now);
  printf("after SA_RESETHAND: %s\n", now.sa_handler == SIG_DFL ? "SIG_DFL" : "still set");

  /* Block everything, including SIGSYS, and keep making syscalls. */
  sigset_t all, old;
  sigfillset(&all);
  sigprocmask(SIG_SETMASK, &all, &old);
  getppid();
  sigset_t seen;
  sigprocmask(SIG_SETMASK, NULL, &seen);
  printf("SIGSYS blocked as asked: %s\n", sigismember(&seen, SIGSYS) ? "yes" : "no");
  sigprocmask(SIG_SETMASK, &old, NULL);

  /* The application's own SIGSYS handler gets its own SIGSYS. */
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = sys_handler;
  sigaction(SIGSYS, &sa, NULL);
  struct sigaction query;
  sigaction(SIGSYS, NULL, &query);
  printf("SIGSYS query returns ours: %s\n", query.sa_handler == sys_handler ? "yes" : "no");
  raise(SIGSYS);
  printf("SIGSYS handler ran %d time(s)\n", sys_hits);

  /* A segfault caught by the application. */
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = segv_handler;
  sigaction(SIGSEGV, &sa, NULL);
  if (sigsetjmp(recover, 1) == 0) {
    *(volatile int*)8 = 1;
    printf("no fault?\n");
  } else {
    printf("segfault recovered\n");
  }
  getppid();
  return 0;
}
