// Path tracing (-P PATH): opens, fd calls through the opened fd and its dup, stat, rename away from and back to the path; one path, two paths, and a path nothing touches.
// compare-options: -P /tmp/lzp-h8-path_filter/a
// compare-options: -P /tmp/lzp-h8-path_filter/b -P /tmp/lzp-h8-path_filter/a
// compare-options: -P /tmp/lzp-h8-path_filter/none
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#define D "/tmp/lzp-h8-path_filter"
int main(void) {
  syscall(SYS_mkdir, D, 0700);
  int fd = syscall(SYS_openat, AT_FDCWD, D "/a", O_CREAT | O_WRONLY | O_TRUNC, 0600);
  syscall(SYS_write, fd, "data", 4);
  int d = syscall(SYS_dup, fd);
  syscall(SYS_close, fd);
  syscall(SYS_fsync, d);
  struct stat st;
  syscall(SYS_stat, D "/a", &st);
  syscall(SYS_rename, D "/a", D "/b");
  syscall(SYS_write, d, "more", 4);
  syscall(SYS_close, d);
  int b = syscall(SYS_openat, AT_FDCWD, D "/b", O_RDONLY);
  char buf[8];
  syscall(SYS_read, b, buf, sizeof buf);
  syscall(SYS_close, b);
  syscall(SYS_renameat2, AT_FDCWD, D "/b", AT_FDCWD, D "/a", 0);
  syscall(SYS_unlink, D "/a");
  syscall(SYS_unlink, D "/a");
  syscall(SYS_rmdir, D);
  return 0;
}
