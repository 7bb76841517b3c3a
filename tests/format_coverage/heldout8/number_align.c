// Syscall numbers and the result column (-n, -a N): short and long lines, failing calls, a call past the column, numbers of one, two and three digits.
// compare-options: -n
// compare-options: -a 10
// compare-options: -a 70
// compare-options: -n -a 0
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_read, -1, NULL, 0);
  syscall(SYS_getpid);
  syscall(SYS_sched_yield);
  syscall(SYS_openat, AT_FDCWD, "/nonexistent-lzp-h8/a/rather/long/path/name/that/goes/past/the/column", O_RDONLY);
  syscall(SYS_close, 1000);
  syscall(SYS_getrandom, NULL, 0, 0);
  syscall(SYS_umask, 077);
  return 3;
}
