// ptrace on a child of its own that stopped itself after PTRACE_TRACEME: PTRACE_SETOPTIONS with several options and unknown bits, PTRACE_GETSIGINFO of its SIGSTOP, PTRACE_PEEKDATA/PEEKTEXT of a known word and of a bad address, PTRACE_POKEDATA, PTRACE_PEEKUSER at offsets 0 and unaligned, PTRACE_GETREGS into a bad pointer, PTRACE_GETEVENTMSG, PTRACE_GETSIGMASK/SETSIGMASK, PTRACE_GETREGSET NT_PRSTATUS with a short iovec, unknown requests, PTRACE_CONT with a signal and PTRACE_KILL.
#define _GNU_SOURCE
#include <elf.h>
#include <signal.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>
static volatile unsigned long word = 0x1234abcdUL;
int main(void) {
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, 0);
  int pid = fork();
  if (pid == 0) {
    syscall(SYS_ptrace, PTRACE_TRACEME, 0, 0, 0);
    syscall(SYS_kill, getpid(), SIGSTOP);
    for (;;) pause();
  }
  int st;
  syscall(SYS_wait4, pid, &st, 0, 0);
  syscall(SYS_ptrace, PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACECLONE | PTRACE_O_EXITKILL);
  syscall(SYS_ptrace, PTRACE_SETOPTIONS, pid, 0, 0x40000000);
  siginfo_t si;
  syscall(SYS_ptrace, PTRACE_GETSIGINFO, pid, 0, &si);
  unsigned long v;
  syscall(SYS_ptrace, PTRACE_PEEKDATA, pid, &word, &v);
  syscall(SYS_ptrace, PTRACE_PEEKTEXT, pid, 0xbad0000UL, &v);
  syscall(SYS_ptrace, PTRACE_POKEDATA, pid, &word, 0x77UL);
  syscall(SYS_ptrace, PTRACE_PEEKUSER, pid, 0, &v);
  syscall(SYS_ptrace, PTRACE_PEEKUSER, pid, 3, &v);
  syscall(SYS_ptrace, PTRACE_GETREGS, pid, 0, 0xbad0000UL);
  syscall(SYS_ptrace, PTRACE_GETEVENTMSG, pid, 0, &v);
  unsigned long long mask = 0;
  syscall(SYS_ptrace, PTRACE_GETSIGMASK, pid, 8, &mask);
  mask = 1ULL << (SIGUSR1 - 1);
  syscall(SYS_ptrace, PTRACE_SETSIGMASK, pid, 8, &mask);
  syscall(SYS_ptrace, PTRACE_GETSIGMASK, pid, 4, &mask);
  char regs[512];
  struct iovec io = {regs, 16};
  syscall(SYS_ptrace, PTRACE_GETREGSET, pid, NT_PRSTATUS, &io);
  syscall(SYS_ptrace, 0x4242, pid, 0, 0);
  syscall(SYS_ptrace, PTRACE_CONT, pid, 0, SIGUSR2);
  syscall(SYS_wait4, pid, &st, 0, 0);
  syscall(SYS_ptrace, PTRACE_KILL, pid, 0, 0);
  syscall(SYS_wait4, pid, &st, 0, 0);
  return 0;
}
