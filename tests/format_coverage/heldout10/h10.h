// h10.h — what the heldout10 programs share (a header: compare.py compiles
// only *.c). Each program works in its own /tmp/lzp-h10-NAME directory, made
// at the start and removed at the end with raw calls, so a run leaves
// nothing behind. A task that must act only once another is asleep in a call
// spins on pread64 of /proc/TID/stat (opened with the legacy open(2)); the
// variants that need it hide open and pread64 (-e trace=!open,pread64).
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
// Spin until task `tid` is in one of `states` (or gone).
static void h10_wait_state(long tid, const char *states) {
  char path[64], b[512];
  snprintf(path, sizeof path, "/proc/%ld/stat", tid);
  int fd = syscall(SYS_open, path, O_RDONLY);
  for (;;) {
    long n = syscall(SYS_pread64, fd, b, sizeof b - 1, 0);
    if (n <= 0) break;
    b[n] = 0;
    char *p = strrchr(b, ')');
    if (p && p[2] && strchr(states, p[2])) break;
  }
  syscall(SYS_close, fd);
}
// A thread's /proc entry, opened while the thread is known to live (so the
// open, and the close that h10_wait_gone makes, always happen).
static int h10_open_task(long tid) {
  char path[64];
  snprintf(path, sizeof path, "/proc/self/task/%ld/stat", tid);
  return syscall(SYS_open, path, O_RDONLY);
}
// Spin until that thread is gone: the kernel has cleared its tid by then, so
// pthread_join makes no futex call.
static void h10_wait_gone(int fd) {
  char b[512];
  while (syscall(SYS_pread64, fd, b, sizeof b, 0) > 0) ;
  syscall(SYS_close, fd);
}
