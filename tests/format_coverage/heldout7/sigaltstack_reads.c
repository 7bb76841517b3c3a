// sigaltstack's answers: the initial SS_DISABLE, after setting a stack, SS_AUTODISARM, read from inside a handler running on it (SS_ONSTACK), a disable while on it (EPERM), sizes below MINSIGSTKSZ, unknown flag bits; default and -v.
// compare-options:
// compare-options: -v
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#ifndef SS_AUTODISARM
#define SS_AUTODISARM (1U << 31)
#endif
static char stack_mem[65536];
static void handler(int sig) {
  stack_t o, n;
  syscall(SYS_sigaltstack, 0, &o);
  memset(&n, 0, sizeof n);
  n.ss_flags = SS_DISABLE;
  syscall(SYS_sigaltstack, &n, 0);
}
int main(void) {
  stack_t s, o;
  syscall(SYS_sigaltstack, 0, &o);
  s.ss_sp = stack_mem;
  s.ss_size = sizeof stack_mem;
  s.ss_flags = 0;
  syscall(SYS_sigaltstack, &s, &o);
  syscall(SYS_sigaltstack, 0, &o);
  s.ss_size = 1024;
  syscall(SYS_sigaltstack, &s, 0);
  s.ss_size = sizeof stack_mem;
  s.ss_flags = 0x4;
  syscall(SYS_sigaltstack, &s, 0);
  s.ss_flags = SS_AUTODISARM;
  syscall(SYS_sigaltstack, &s, &o);
  syscall(SYS_sigaltstack, 0, &o);
  s.ss_flags = 0;
  syscall(SYS_sigaltstack, &s, &o);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sa.sa_flags = SA_ONSTACK;
  sigaction(SIGUSR1, &sa, 0);
  raise(SIGUSR1);
  s.ss_flags = SS_DISABLE;
  syscall(SYS_sigaltstack, &s, &o);
  syscall(SYS_sigaltstack, 0, &o);
  return 0;
}
