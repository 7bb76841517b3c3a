// read, pread64, pwrite64, write: count 0 and huge, fd -1, a bad buffer, negative and huge offsets, a short read from a pipe.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
#define BAD ((void*)0xbad0000)
int main(void) {
  char b[64];
  int z = open("/dev/zero", O_RDONLY);
  int p[2];
  pipe(p);
  syscall(SYS_write, p[1], "abc", 3);
  syscall(SYS_read, p[0], b, sizeof b);
  syscall(SYS_read, z, b, 0);
  syscall(SYS_read, z, BAD, 16);
  syscall(SYS_read, -1, b, 16);
  syscall(SYS_read, z, b, ~0UL);
  syscall(SYS_read, p[0], NULL, 0);
  syscall(SYS_pread64, z, b, 8, -1L);
  syscall(SYS_pread64, z, b, 8, 1L << 62);
  syscall(SYS_pread64, p[0], b, 8, 0);
  syscall(SYS_pwrite64, p[1], "x", 1, 0);
  syscall(SYS_pwrite64, -1, "x", 1, -4096L);
  syscall(SYS_write, p[1], BAD, 4);
  syscall(SYS_write, p[1], "", 0);
  syscall(SYS_write, 0x7fffffff, "x", 1);
  return 0;
}
