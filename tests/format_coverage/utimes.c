// utimensat/futimesat/utimes with special values and bad ones.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>
int main(void) {
  int fd = open("/tmp/lzp-cov-ut", O_RDWR | O_CREAT | O_TRUNC, 0600);
  struct timespec t[2] = {{1, UTIME_NOW}, {2, UTIME_OMIT}}, u[2] = {{1000000000, 5}, {-1, 999999999}};
  utimensat(AT_FDCWD, "/tmp/lzp-cov-ut", t, 0); utimensat(fd, NULL, u, 0); utimensat(AT_FDCWD, "/tmp/lzp-cov-ut", NULL, AT_SYMLINK_NOFOLLOW);
  utimensat(AT_FDCWD, "/tmp/lzp-cov-ut", u, 0xff); struct timeval v[2] = {{100, 1}, {200, 2}}; utimes("/tmp/lzp-cov-ut", v);
  syscall(SYS_futimesat, AT_FDCWD, "/tmp/lzp-cov-ut", v);
  unlink("/tmp/lzp-cov-ut");
  return 0;
}
