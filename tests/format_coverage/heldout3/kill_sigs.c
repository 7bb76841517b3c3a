// kill, tgkill, rt_sigaction for real-time and out-of-range signals: signal 0, SIGRTMIN+n, 32, 65.
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_kill, getpid(), 0);
  syscall(SYS_kill, 999999, SIGRTMIN + 3);
  syscall(SYS_kill, 999999, 65);
  syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), 0);
  syscall(SYS_tgkill, getpid(), -1, SIGUSR1);
  struct sigaction sa; memset(&sa, 0, sizeof sa);
  sa.sa_handler = SIG_IGN; sa.sa_flags = SA_RESTART | SA_NODEFER | 0x10000;
  sigaction(SIGRTMAX, &sa, NULL);
  sigaction(SIGRTMIN + 1, NULL, &sa);
  syscall(SYS_rt_sigaction, 32, NULL, NULL, 8);
  syscall(SYS_rt_sigaction, 65, NULL, NULL, 8);
  syscall(SYS_rt_sigaction, SIGKILL, &sa, NULL, 8);
  return 0;
}
