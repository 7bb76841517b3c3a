// kill, tgkill, tkill aimed at the program itself: signal 0, out-of-range and negative signals, the largest pids, bad thread group ids.
#define _GNU_SOURCE
#include <limits.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  pid_t me = getpid();
  pid_t t = (pid_t)syscall(SYS_gettid);
  syscall(SYS_kill, me, 0);
  syscall(SYS_kill, me, 65);
  syscall(SYS_kill, me, -1);
  syscall(SYS_kill, me, 0x100000000UL);
  syscall(SYS_kill, INT_MAX, 0);
  syscall(SYS_kill, INT_MIN, 0);
  syscall(SYS_tgkill, me, t, 0);
  syscall(SYS_tgkill, -1, 999999, 0);
  syscall(SYS_tgkill, me, 0, SIGUSR1);
  syscall(SYS_tgkill, me, t, 99);
  syscall(SYS_tkill, t, 0);
  syscall(SYS_tkill, -5, 0);
  syscall(SYS_tkill, t, 1000);
  return 0;
}
