// lseek: SEEK_DATA, SEEK_HOLE, unknown and negative whence, offsets at the limits, a pipe (ESPIPE).
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  mkdir("/tmp/lzp-h5-lseek", 0700);
  int f = open("/tmp/lzp-h5-lseek/f", O_RDWR | O_CREAT | O_TRUNC, 0600);
  syscall(SYS_pwrite64, f, "data", 4, 65536);
  syscall(SYS_lseek, f, 0, SEEK_DATA);
  syscall(SYS_lseek, f, 0, SEEK_HOLE);
  syscall(SYS_lseek, f, 70000, SEEK_DATA);
  syscall(SYS_lseek, f, 0, 5);
  syscall(SYS_lseek, f, 0, -1);
  syscall(SYS_lseek, f, -1, SEEK_SET);
  syscall(SYS_lseek, f, 0x7fffffffffffffffL, SEEK_SET);
  syscall(SYS_lseek, f, 0x7fffffffffffffffL, SEEK_CUR);
  syscall(SYS_lseek, f, -5, SEEK_END);
  syscall(SYS_lseek, f, 0, 0x7fffffff);
  int p[2];
  pipe(p);
  syscall(SYS_lseek, p[0], 0, SEEK_CUR);
  unlink("/tmp/lzp-h5-lseek/f");
  rmdir("/tmp/lzp-h5-lseek");
  return 0;
}
