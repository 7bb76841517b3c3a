// utimensat: nanoseconds out of range and negative, both UTIME_NOW or both UTIME_OMIT, times at the end of a page, a bad pointer, AT_EMPTY_PATH; futimesat and utimes with bad microseconds.
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>
int main(void) {
  mkdir("/tmp/lzp-h5-utime", 0700);
  int f = open("/tmp/lzp-h5-utime/f", O_RDWR | O_CREAT | O_TRUNC, 0600);
  const char* p = "/tmp/lzp-h5-utime/f";
  struct timespec t[2] = {{0, 1000000000}, {0, 0}};
  syscall(SYS_utimensat, AT_FDCWD, p, t, 0);
  t[0].tv_nsec = -1;
  syscall(SYS_utimensat, AT_FDCWD, p, t, 0);
  t[0].tv_nsec = UTIME_NOW; t[1].tv_nsec = UTIME_NOW;
  syscall(SYS_utimensat, AT_FDCWD, p, t, 0);
  t[0].tv_nsec = UTIME_OMIT; t[1].tv_nsec = UTIME_OMIT;
  syscall(SYS_utimensat, f, NULL, t, 0);
  t[0].tv_sec = 0x7fffffffffffffffL; t[0].tv_nsec = 0; t[1].tv_sec = -1; t[1].tv_nsec = 999999999;
  syscall(SYS_utimensat, AT_FDCWD, p, t, 0);
  syscall(SYS_utimensat, f, "", NULL, AT_EMPTY_PATH);
  syscall(SYS_utimensat, AT_FDCWD, p, (void*)0xbad0000, 0);
  syscall(SYS_utimensat, AT_FDCWD, NULL, NULL, 0);
  char* m = (char*)syscall(SYS_mmap, NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_munmap, m + 4096, 4096);
  struct timespec* e = (struct timespec*)(m + 4096 - sizeof(struct timespec));
  memset(e, 0, sizeof *e);
  syscall(SYS_utimensat, AT_FDCWD, p, e, 0);
  struct timeval v[2] = {{1, 1000000}, {2, -1}};
  syscall(SYS_utimes, p, v);
  syscall(SYS_futimesat, AT_FDCWD, p, (void*)0xbad0000);
  unlink(p);
  rmdir("/tmp/lzp-h5-utime");
  return 0;
}
