// mremap: MREMAP_FIXED to a chosen address, MREMAP_DONTUNMAP, unknown flags, size 0, unmapped source; brk queries and refusals.
#define _GNU_SOURCE
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  char* m = (char*)syscall(SYS_mmap, NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  char* t = (char*)syscall(SYS_mmap, NULL, 16384, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  m = (char*)syscall(SYS_mremap, m, 8192, 8192, MREMAP_MAYMOVE | MREMAP_FIXED, t + 8192);
  syscall(SYS_mremap, m, 8192, 8192, MREMAP_FIXED, t);
  syscall(SYS_mremap, m, 4096, 4096, MREMAP_MAYMOVE | MREMAP_DONTUNMAP);
  syscall(SYS_mremap, m, 4096, 4096, 0x8);
  syscall(SYS_mremap, m, 0, 4096, 0);
  syscall(SYS_mremap, m + 1, 4096, 4096, 0);
  syscall(SYS_mremap, (void*)0xbad0000, 4096, 8192, MREMAP_MAYMOVE);
  syscall(SYS_mremap, m, 8192, ~0UL, MREMAP_MAYMOVE);
  syscall(SYS_brk, 0);
  syscall(SYS_brk, 1);
  syscall(SYS_brk, 0xbad0000);
  syscall(SYS_brk, ~0UL);
  return 0;
}
