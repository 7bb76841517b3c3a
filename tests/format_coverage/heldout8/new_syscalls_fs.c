// Syscalls newer than strace 6.1, which prints them by number with six hex arguments (all six passed here): cachestat of its own file, fchmodat2 with and without AT_SYMLINK_NOFOLLOW, statmount/listmount into bad pointers, lsm_list_modules and lsm_get_self_attr size queries, mseal of its own mapping, getxattrat/setxattrat/listxattrat/removexattrat failing, file_getattr failing.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#define D "/tmp/lzp-h8-new_syscalls_fs"
int main(void) {
  syscall(SYS_mkdir, D, 0700);
  int fd = syscall(SYS_openat, AT_FDCWD, D "/f", O_CREAT | O_RDWR | O_TRUNC, 0600);
  syscall(SYS_write, fd, "cached", 6);
  unsigned long long range[2] = {0, 4096};
  unsigned long long cs[5];
  syscall(451, fd, range, cs, 0, 0, 0);
  syscall(451, fd, range, cs, 1, 0, 0);
  syscall(452, AT_FDCWD, D "/f", 0640, 0, 0, 0);
  syscall(452, AT_FDCWD, D "/f", 0600, AT_SYMLINK_NOFOLLOW, 0, 0);
  syscall(452, AT_FDCWD, D "/f", 0600, 0x1000000, 0, 0);
  syscall(457, 0xbad0000, 0xbad1000, 512, 0, 0, 0);
  syscall(458, 0xbad0000, 0xbad1000, 16, 0, 0, 0);
  unsigned long long ids[8];
  unsigned int size = 0;
  syscall(461, ids, &size, 0, 0, 0, 0);
  size = 0;
  syscall(459, 100, 0, &size, 0, 0, 0);
  void *m = (void *)syscall(SYS_mmap, 0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(462, (unsigned long)m, 4096, 0, 0, 0, 0);
  syscall(462, (unsigned long)m, 4096, 1, 0, 0, 0);
  syscall(464, AT_FDCWD, D "/f", 0, "user.none", 0xbad0000, 32);
  syscall(463, AT_FDCWD, D "/nonexistent", 0, "user.x", 0xbad0000, 32);
  syscall(465, AT_FDCWD, D "/f", 0, 0xbad0000, 16, 0);
  syscall(466, AT_FDCWD, D "/f", 0, "user.none", 0, 0);
  syscall(468, AT_FDCWD, D "/f", 0xbad0000, 16, 0, 0);
  syscall(SYS_close, fd);
  syscall(SYS_unlink, D "/f");
  syscall(SYS_rmdir, D);
  return 0;
}
