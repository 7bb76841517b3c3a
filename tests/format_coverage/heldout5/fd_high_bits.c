// int arguments passed with garbage in the upper 32 bits: fds, whence, modes, signal numbers, how, backlog (the kernel reads the low 32 bits).
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
#define HI 0xdead00000000UL
int main(void) {
  char b[8];
  int z = open("/dev/zero", O_RDONLY);
  syscall(SYS_read, HI | z, b, 4);
  syscall(SYS_lseek, HI | z, 0, HI | SEEK_CUR);
  syscall(SYS_fsync, HI | 99);
  syscall(SYS_dup, HI | z);
  syscall(SYS_fchdir, 0xffffffff00000000UL | 98);
  syscall(SYS_close, HI | 97);
  syscall(SYS_flock, 99, HI | 2);
  syscall(SYS_shutdown, 99, HI | 1);
  syscall(SYS_listen, 99, HI | 5);
  syscall(SYS_kill, 0x100000000UL | 999999, HI | 0);
  syscall(SYS_umask, HI | 022);
  syscall(SYS_fchmod, 99, HI | 0644);
  syscall(SYS_dup2, HI | z, HI | 100);
  syscall(SYS_close, 100);
  syscall(SYS_ftruncate, HI | 99, 10);
  syscall(SYS_getpgid, HI | 0);
  return 0;
}
