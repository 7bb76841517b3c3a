// ptrace requests against pids that cannot be traced: each request's argument forms.
#define _GNU_SOURCE
#include <linux/ptrace.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
int main(void) {
  long word; char regs[512]; struct iovec v = {regs, sizeof regs};
  syscall(SYS_ptrace, PTRACE_PEEKDATA, 999999, 0x1000, &word);
  syscall(SYS_ptrace, PTRACE_PEEKUSR, 999999, 8, &word);
  syscall(SYS_ptrace, PTRACE_POKEDATA, 999999, 0x1000, 0x1234);
  syscall(SYS_ptrace, PTRACE_GETREGS, 999999, 0, regs);
  syscall(SYS_ptrace, PTRACE_GETREGSET, 999999, 1, &v);
  syscall(SYS_ptrace, PTRACE_SETOPTIONS, 999999, 0, PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC | PTRACE_O_EXITKILL);
  syscall(SYS_ptrace, PTRACE_CONT, 999999, 0, SIGUSR1);
  syscall(SYS_ptrace, PTRACE_SYSCALL, 999999, 0, 0);
  syscall(SYS_ptrace, PTRACE_DETACH, 999999, 0, 0);
  syscall(SYS_ptrace, PTRACE_ATTACH, -1, 0, 0);
  syscall(SYS_ptrace, PTRACE_SEIZE, 999999, 0, PTRACE_O_TRACECLONE);
  syscall(SYS_ptrace, PTRACE_INTERRUPT, 999999, 0, 0);
  syscall(SYS_ptrace, PTRACE_GETSIGINFO, 999999, 0, regs);
  syscall(SYS_ptrace, PTRACE_GETEVENTMSG, 999999, 0, &word);
  syscall(SYS_ptrace, PTRACE_GET_SYSCALL_INFO, 999999, sizeof regs, regs);
  syscall(SYS_ptrace, PTRACE_KILL, 999999, 0, 0);
  syscall(SYS_ptrace, 0x7777, 999999, 1, 2);
  return 0;
}
