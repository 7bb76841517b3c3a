// statx answers on success, on the program's own file, directory, symlink and fd: STATX_BASIC_STATS, STATX_ALL, masks with unknown bits, AT_EMPTY_PATH and AT_SYMLINK_NOFOLLOW, a buffer that ends at an unmapped page; default and -v.
// compare-options:
// compare-options: -v
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#define D "/tmp/lzp-h7-statx"
int main(void) {
  mkdir(D, 0700);
  int fd = open(D "/f", O_RDWR | O_CREAT | O_TRUNC, 0640);
  write(fd, "0123456789", 10);
  symlink("f", D "/l");
  struct statx sx;
  syscall(SYS_statx, AT_FDCWD, D "/f", 0, STATX_BASIC_STATS, &sx);
  syscall(SYS_statx, AT_FDCWD, D "/f", 0, STATX_TYPE | STATX_SIZE, &sx);
  syscall(SYS_statx, AT_FDCWD, D, AT_STATX_DONT_SYNC, STATX_ALL, &sx);
  syscall(SYS_statx, AT_FDCWD, D "/l", AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &sx);
  syscall(SYS_statx, fd, "", AT_EMPTY_PATH, STATX_MODE | STATX_NLINK | STATX_UID | STATX_GID, &sx);
  syscall(SYS_statx, fd, "", AT_EMPTY_PATH, 0, &sx);
  char *p = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  munmap(p + 4096, 4096);
  syscall(SYS_statx, fd, "", AT_EMPTY_PATH, STATX_BASIC_STATS, p + 4096 - 64);
  syscall(SYS_statx, AT_FDCWD, "/dev/null", 0, STATX_BASIC_STATS, &sx);
  close(fd);
  unlink(D "/l");
  unlink(D "/f");
  rmdir(D);
  return 0;
}
