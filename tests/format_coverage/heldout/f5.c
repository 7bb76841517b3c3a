// memory: mprotect, mlock2, madvise, remap_file_pages, brk, msync, memfd_secret.
#define _GNU_SOURCE
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  char* m = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  mprotect(m, 4096, PROT_READ | PROT_GROWSDOWN); mlock2(m, 4096, MLOCK_ONFAULT); munlock(m, 4096); madvise(m, 8192, MADV_WILLNEED); madvise(m, 8192, MADV_DONTFORK);
  syscall(SYS_remap_file_pages, m, 4096, 0, 0, 0); syscall(SYS_brk, 0); msync(m, 8192, MS_ASYNC); munmap(m, 0); syscall(SYS_memfd_secret, 0xff);
  syscall(SYS_process_mrelease, -1, 0); syscall(SYS_set_mempolicy, 0, NULL, 0);
  return 0;
}
