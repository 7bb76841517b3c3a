// Time columns (-t, -tt, -ttt, -r, -T and -tt -T): their widths and places on call lines, on a failing call, a signal line and the exit line; compare.py turns the digits of these columns into 'D' (they vary run to run) and keeps their shape.
// compare-options: -t
// compare-options: -tt
// compare-options: -ttt
// compare-options: -r
// compare-options: -T
// compare-options: -tt -T
#define _GNU_SOURCE
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_getppid);
  syscall(SYS_close, -1);
  syscall(SYS_kill, syscall(SYS_getpid), SIGWINCH);
  syscall(SYS_sched_yield);
  return 0;
}
