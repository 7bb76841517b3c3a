// Memory and memfd flags newer than strace 6.1: memfd_create with MFD_NOEXEC_SEAL and MFD_EXEC, F_SEAL_EXEC added and read back with F_GET_SEALS, mmap with MAP_DROPPABLE, madvise MADV_GUARD_INSTALL/REMOVE and MADV_COLLAPSE, mremap with MREMAP_DONTUNMAP; unknown bits beside them.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int a = syscall(SYS_memfd_create, "noexec", 0x0008U | 0x0002U);
  int b = syscall(SYS_memfd_create, "exec", 0x0010U);
  syscall(SYS_memfd_create, "both", 0x0018U);
  syscall(SYS_fcntl, b, F_GET_SEALS);
  syscall(SYS_fcntl, b, F_ADD_SEALS, 0x0020);
  syscall(SYS_fcntl, b, F_GET_SEALS);
  syscall(SYS_fcntl, a, F_GET_SEALS);
  void *m = (void *)syscall(SYS_mmap, 0, 8192, PROT_READ | PROT_WRITE, MAP_ANONYMOUS | 0x08, -1, 0);
  void *n = (void *)syscall(SYS_mmap, 0, 4 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_madvise, n, 4096, 102);
  syscall(SYS_madvise, n, 4096, 103);
  syscall(SYS_madvise, n, 4 * 4096, 25);
  syscall(SYS_madvise, n, 4096, 104);
  syscall(SYS_mremap, n, 4096, 4096, MREMAP_MAYMOVE | MREMAP_DONTUNMAP, 0);
  syscall(SYS_munmap, m, 8192);
  syscall(SYS_close, a);
  syscall(SYS_close, b);
  return 0;
}
