// uname's answer in full under -v and abbreviated without, and into a buffer cut by a page end.
// compare-options:
// compare-options: -v
// compare-options: -s 4
#define _GNU_SOURCE
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>
int main(void) {
  struct utsname u;
  syscall(SYS_uname, &u);
  char *p = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  munmap(p + 4096, 4096);
  syscall(SYS_uname, p + 4096 - 100);
  return 0;
}
