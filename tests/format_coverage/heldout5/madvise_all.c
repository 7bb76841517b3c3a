// madvise with every advice value on a private anonymous mapping (no HWPOISON/SOFT_OFFLINE), unknown ones; mprotect's rare bits and unaligned addresses.
#define _GNU_SOURCE
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  char* m = (char*)syscall(SYS_mmap, NULL, 16384, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  int adv[] = {0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 99, -1};
  for (unsigned i = 0; i < sizeof adv / sizeof adv[0]; i++) syscall(SYS_madvise, m, 16384, adv[i]);
  syscall(SYS_madvise, m + 1, 4096, MADV_NORMAL);
  syscall(SYS_madvise, (void*)0xbad0000, 4096, MADV_WILLNEED);
  syscall(SYS_mprotect, m, 4096, PROT_READ | PROT_GROWSDOWN);
  syscall(SYS_mprotect, m, 4096, PROT_READ | PROT_GROWSUP);
  syscall(SYS_mprotect, m, 4096, PROT_READ | 0x8 /* PROT_SEM */);
  syscall(SYS_mprotect, m, 4096, 0x10);
  syscall(SYS_mprotect, m + 1, 4096, PROT_NONE);
  syscall(SYS_mprotect, m, 0, PROT_READ);
  syscall(SYS_mprotect, (void*)0xbad0000, 4096, PROT_READ);
  return 0;
}
