// statfs/fstatfs answers on success for filesystems whose counts do not move (procfs, sysfs, a pipe's and an eventfd's pseudo filesystems), a buffer cut by a page end, and fstatfs on a closed fd; default and -v.
// compare-options:
// compare-options: -v
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct statfs s;
  syscall(SYS_statfs, "/proc", &s);
  syscall(SYS_statfs, "/sys", &s);
  int pfd[2];
  pipe(pfd);
  syscall(SYS_fstatfs, pfd[0], &s);
  int e = eventfd(0, 0);
  syscall(SYS_fstatfs, e, &s);
  int d = open("/proc/self", O_RDONLY | O_DIRECTORY);
  syscall(SYS_fstatfs, d, &s);
  char *p = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  munmap(p + 4096, 4096);
  syscall(SYS_statfs, "/proc", p + 4096 - 32);
  syscall(SYS_fstatfs, 999, &s);
  return 0;
}
