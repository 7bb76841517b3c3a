// -e trace=%process, %signal, %memory, %creds, %clock, %pure with -f over a program that forks, signals, maps, changes ids and reads clocks in parent and child.
// compare-options: -f -e trace=%process
// compare-options: -f -e trace=%signal
// compare-options: -f -e trace=%memory
// compare-options: -f -e trace=%creds
// compare-options: -f -e trace=%clock,munmap
// compare-options: -f -e trace=%pure,munmap
#include "sync.h"
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
int main(void) {
  catch_signal(SIGUSR1);
  syscall(SYS_munmap, 0, 0);
  long me = syscall(SYS_getpid);
  int s;
  long p = syscall(SYS_fork);
  if (p == 0) {
    wait_sleeping(me);
    syscall(SYS_getuid);
    syscall(SYS_setuid, 0);
    struct timespec ts;
    syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &(struct timespec){0, 1}, 0);
    syscall(SYS_clock_getres, CLOCK_REALTIME, &ts);
    void *m = (void *)syscall(SYS_mmap, 0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    syscall(SYS_munmap, m, 4096);
    syscall(SYS_kill, syscall(SYS_getpid), SIGUSR1);
    syscall(SYS_getppid);
    syscall(SYS_exit_group, 0);
  }
  syscall(SYS_wait4, p, &s, 0, 0);
  syscall(SYS_getgid);
  syscall(SYS_setgid, 0);
  syscall(SYS_brk, 0);
  syscall(SYS_gettid);
  return 0;
}
