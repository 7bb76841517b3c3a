// mlock2 flags, huge lengths; pkey_alloc with bad flags and access rights, pkey_free and pkey_mprotect with keys never allocated (no key is allocated).
#define _GNU_SOURCE
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  char* m = (char*)syscall(SYS_mmap, NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_mlock2, m, 4096, MLOCK_ONFAULT);
  syscall(SYS_mlock2, m, 4096, 0x2);
  syscall(SYS_mlock2, m, ~0UL, 0);
  syscall(SYS_mlock2, (void*)0xbad0000, 4096, 0);
  syscall(SYS_munlock, m, 8192);
  syscall(SYS_munlock, m + 1, ~0UL);
  syscall(SYS_pkey_alloc, 1, 0);
  syscall(SYS_pkey_alloc, 0, 0x7);
  syscall(SYS_pkey_alloc, ~0UL, ~0UL);
  syscall(SYS_pkey_free, -1);
  syscall(SYS_pkey_free, 1000);
  syscall(SYS_pkey_mprotect, m, 4096, PROT_READ, 15);
  syscall(SYS_pkey_mprotect, m, 4096, PROT_READ | 0x100, -1);
  syscall(SYS_pkey_mprotect, (void*)0xbad0000, 4096, PROT_READ, 0);
  return 0;
}
