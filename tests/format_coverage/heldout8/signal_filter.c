// Signal line filtering and quiet levels (-e signal=, -qq, -e quiet=exit): handled SIGUSR1 and SIGUSR2, an ignored-by-default SIGURG and SIGWINCH, a blocked signal taken by rt_sigtimedwait, exit code 3.
// compare-options:
// compare-options: -e signal=none
// compare-options: -e signal=SIGUSR2
// compare-options: -e signal=!SIGUSR1,SIGURG
// compare-options: -qq
// compare-options: -e quiet=exit
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "catch.h"
int main(void) {
  catch_plain(SIGUSR1);
  catch_plain(SIGUSR2);
  int me = syscall(SYS_getpid);
  syscall(SYS_kill, me, SIGUSR1);
  syscall(SYS_tgkill, me, syscall(SYS_gettid), SIGUSR2);
  syscall(SYS_kill, me, SIGURG);
  syscall(SYS_kill, me, SIGWINCH);
  unsigned long set = 1UL << (SIGHUP - 1);
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, 0, 8);
  syscall(SYS_kill, me, SIGHUP);
  siginfo_t si;
  struct timespec ts = {0, 0};
  syscall(SYS_rt_sigtimedwait, &set, &si, &ts, 8);
  syscall(SYS_exit_group, 3);
  return 3;
}
