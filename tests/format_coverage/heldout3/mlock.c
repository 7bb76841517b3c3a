// mlock2, munlock, mlockall, munlockall: MLOCK_ONFAULT, MCL flags, unknown bits, bad ranges.
#define _GNU_SOURCE
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  void* p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_mlock2, p, 4096, MLOCK_ONFAULT);
  syscall(SYS_mlock2, p, 4096, 0);
  syscall(SYS_mlock2, p, 4096, 0x6);
  syscall(SYS_munlock, p, 8192);
  syscall(SYS_munlock, 0x1001, (size_t)-4096);
  syscall(SYS_mlockall, MCL_CURRENT | MCL_ONFAULT);
  syscall(SYS_munlockall);
  syscall(SYS_mlockall, 0);
  syscall(SYS_mlockall, MCL_FUTURE | 0x10);
  return 0;
}
