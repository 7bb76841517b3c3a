// siginfo layouts by signal and code: rt_sigqueueinfo to the program itself with SIGCHLD (CLD_EXITED), SIGSEGV (SEGV_MAPERR), SIGBUS (BUS_ADRERR), SIGFPE (FPE_INTDIV), SIGILL, SIGTRAP (TRAP_BRKPT), SIGIO (POLL_IN), SI_TIMER, SI_MESGQ and SI_USER, all blocked, then each taken back by rt_sigtimedwait.
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
static void queue(int sig, int code, void (*fill)(siginfo_t*)) {
  siginfo_t si;
  memset(&si, 0, sizeof si);
  si.si_signo = sig;
  si.si_code = code;
  if (fill) fill(&si);
  syscall(SYS_rt_sigqueueinfo, getpid(), sig, &si);
  sigset_t one;
  sigemptyset(&one);
  sigaddset(&one, sig);
  siginfo_t got;
  struct timespec zero = {0, 0};
  syscall(SYS_rt_sigtimedwait, &one, &got, &zero, 8);
}
static void child(siginfo_t* s) { s->si_pid = 0; s->si_uid = 0; s->si_status = 3; s->si_utime = 5; s->si_stime = 7; }
static void fault(siginfo_t* s) { s->si_addr = (void*)0xbad0000; }
static void poll_in(siginfo_t* s) { s->si_band = 0x41; s->si_fd = 3; }
static void timer(siginfo_t* s) { s->si_timerid = 2; s->si_overrun = 9; s->si_value.sival_int = 0x1234; }
static void mesgq(siginfo_t* s) { s->si_pid = 0; s->si_uid = 0; s->si_value.sival_ptr = (void*)0xbad0000; }
int main(void) {
  sigset_t all;
  sigemptyset(&all);
  int sigs[] = {SIGCHLD, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGIO, SIGRTMIN + 1, SIGRTMIN + 2, SIGUSR1};
  for (int i = 0; i < 10; i++) sigaddset(&all, sigs[i]);
  sigprocmask(SIG_BLOCK, &all, 0);
  queue(SIGCHLD, CLD_EXITED, child);
  queue(SIGCHLD, CLD_KILLED, child);
  queue(SIGSEGV, SEGV_MAPERR, fault);
  queue(SIGBUS, BUS_ADRERR, fault);
  queue(SIGFPE, FPE_INTDIV, fault);
  queue(SIGILL, ILL_ILLOPC, fault);
  queue(SIGTRAP, TRAP_BRKPT, fault);
  queue(SIGIO, POLL_IN, poll_in);
  queue(SIGRTMIN + 1, SI_TIMER, timer);
  queue(SIGRTMIN + 2, SI_MESGQ, mesgq);
  queue(SIGUSR1, SI_USER, 0);
  queue(SIGUSR1, 99, 0);
  return 0;
}
