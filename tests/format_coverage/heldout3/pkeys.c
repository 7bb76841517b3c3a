// pkey_mprotect, pkey_alloc, pkey_free: failing and key-less calls only (a successful allocation differs under zpoline).
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  void* p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_pkey_mprotect, p, 4096, PROT_READ, -1);
  syscall(SYS_pkey_mprotect, p, 4096, PROT_READ | 0x100, -1);
  syscall(SYS_pkey_mprotect, p, 4096, PROT_READ, 14);
  syscall(SYS_pkey_alloc, 1, 0);
  syscall(SYS_pkey_alloc, 0, 8);
  syscall(SYS_pkey_free, 15);
  syscall(SYS_pkey_free, -1);
  return 0;
}
