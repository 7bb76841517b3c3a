// rt_sigqueueinfo, rt_tgsigqueueinfo, rt_sigtimedwait, rt_sigpending, tkill: queued signals with values, bad sizes and codes.
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
int main(void) {
  sigset_t s; sigemptyset(&s); sigaddset(&s, SIGUSR1); sigaddset(&s, SIGRTMIN + 2);
  sigprocmask(SIG_BLOCK, &s, NULL);
  siginfo_t si; memset(&si, 0, sizeof si);
  si.si_signo = SIGUSR1; si.si_code = SI_QUEUE; si.si_value.sival_int = 42;
  syscall(SYS_rt_sigqueueinfo, getpid(), SIGUSR1, &si);
  si.si_signo = SIGRTMIN + 2; si.si_code = -7;
  syscall(SYS_rt_tgsigqueueinfo, getpid(), syscall(SYS_gettid), SIGRTMIN + 2, &si);
  syscall(SYS_rt_sigqueueinfo, getpid(), SIGUSR1, (void*)0xbad0000);
  sigset_t p; syscall(SYS_rt_sigpending, &p, 8);
  syscall(SYS_rt_sigpending, &p, 4);
  struct timespec ts = {0, 1000};
  siginfo_t got;
  syscall(SYS_rt_sigtimedwait, &s, &got, &ts, 8);
  syscall(SYS_rt_sigtimedwait, &s, &got, &ts, 8);
  syscall(SYS_rt_sigtimedwait, &s, &got, &ts, 8);
  syscall(SYS_rt_sigtimedwait, &s, NULL, (void*)0xbad0000, 8);
  syscall(SYS_rt_sigtimedwait, &s, NULL, &ts, 16);
  syscall(SYS_tkill, syscall(SYS_gettid), 0);
  syscall(SYS_tkill, -1, 65);
  return 0;
}
