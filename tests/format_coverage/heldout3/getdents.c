// getdents, getdents64: a directory of known names, a tiny buffer, zero count, a file fd, bad fd and pointer.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  mkdir("/tmp/lzp-h3-dents", 0700);
  close(open("/tmp/lzp-h3-dents/alpha", O_CREAT | O_WRONLY, 0600));
  int d = open("/tmp/lzp-h3-dents", O_RDONLY | O_DIRECTORY);
  char buf[4096];
  syscall(SYS_getdents64, d, buf, 8);
  syscall(SYS_getdents64, d, buf, 0);
  syscall(SYS_getdents64, -1, buf, sizeof buf);
  syscall(SYS_getdents64, d, (void*)0xbad0000, sizeof buf);
  syscall(SYS_getdents, d, buf, 4);
  syscall(SYS_getdents, 0, buf, sizeof buf);
  unlink("/tmp/lzp-h3-dents/alpha");
  rmdir("/tmp/lzp-h3-dents");
  return 0;
}
