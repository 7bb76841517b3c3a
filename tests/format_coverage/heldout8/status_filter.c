// Filtering lines by result (-z, -Z, -e status=): successful, failed and both, with calls that succeed, fail with several errnos, and return 0 or a pointer; a failing munmap starts the comparison where the loader's munmap is hidden.
// compare-options: -z
// compare-options: -Z
// compare-options: -e status=failed
// compare-options: -e status=!successful
// compare-options: -e status=successful,failed
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_munmap, 0xbad0001, 1);
  syscall(SYS_getppid);
  syscall(SYS_close, -1);
  syscall(SYS_openat, AT_FDCWD, "/nonexistent-lzp-h8/x", O_RDONLY);
  int fd = syscall(SYS_openat, AT_FDCWD, "/dev/null", O_RDWR);
  char b[4];
  syscall(SYS_read, fd, b, sizeof b);
  syscall(SYS_write, fd, "ab", 2);
  syscall(SYS_write, 77, "ab", 2);
  syscall(SYS_lseek, fd, -1, SEEK_SET);
  void *m = (void *)syscall(SYS_mmap, 0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_mprotect, m, 4096, PROT_READ | PROT_WRITE);
  syscall(SYS_mprotect, m, 4096, -1);
  syscall(SYS_munmap, m, 4096);
  syscall(SYS_dup3, fd, fd, 0);
  syscall(SYS_close, fd);
  syscall(SYS_close, fd);
  return 0;
}
