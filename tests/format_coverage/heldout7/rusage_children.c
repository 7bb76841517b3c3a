// getrusage's answers that do not move: RUSAGE_CHILDREN before any child, an unknown who, a struct cut by a page end; times() for the children's fields only through a bad pointer; default and -v.
// compare-options:
// compare-options: -v
#define _GNU_SOURCE
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct rusage r;
  syscall(SYS_getrusage, RUSAGE_CHILDREN, &r);
  syscall(SYS_getrusage, 7, &r);
  syscall(SYS_getrusage, -3, &r);
  char *p = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  munmap(p + 4096, 4096);
  syscall(SYS_getrusage, RUSAGE_CHILDREN, p + 4096 - 40);
  syscall(SYS_times, 0xbad0000UL);
  return 0;
}
