// fcntl commands no set measured: directory notify, pipe sizes, owner ex, read/write hints, leases on bad types, 64-bit lock commands, unknown.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int d = open("/", O_RDONLY | O_DIRECTORY);
  int f = open("/tmp/lzp-h4-fcntl", O_RDWR | O_CREAT | O_TRUNC, 0600);
  int p[2];
  pipe(p);
  syscall(SYS_fcntl, d, F_NOTIFY, DN_ACCESS | DN_MODIFY | DN_MULTISHOT);
  syscall(SYS_fcntl, d, F_NOTIFY, 0);
  syscall(SYS_fcntl, f, F_NOTIFY, 0x40000000);
  syscall(SYS_fcntl, p[0], F_SETPIPE_SZ, 8192);
  syscall(SYS_fcntl, p[0], F_GETPIPE_SZ);
  syscall(SYS_fcntl, p[0], F_SETPIPE_SZ, -1);
  struct f_owner_ex ox = {F_OWNER_PGRP, 0};
  syscall(SYS_fcntl, f, F_SETOWN_EX, &ox);
  syscall(SYS_fcntl, f, F_GETOWN_EX, &ox);
  ox.type = 9;
  syscall(SYS_fcntl, f, F_SETOWN_EX, &ox);
  syscall(SYS_fcntl, f, F_GETOWN_EX, (void*)0xbad0000);
  uint64_t hint = RWH_WRITE_LIFE_SHORT;
  syscall(SYS_fcntl, f, F_SET_RW_HINT, &hint);
  syscall(SYS_fcntl, f, F_GET_RW_HINT, &hint);
  hint = 77;
  syscall(SYS_fcntl, f, F_SET_RW_HINT, &hint);
  syscall(SYS_fcntl, f, F_SET_FILE_RW_HINT, &hint);
  syscall(SYS_fcntl, p[0], F_SETLEASE, F_RDLCK);
  syscall(SYS_fcntl, f, F_SETLEASE, 77);
  struct flock fl = {F_WRLCK, SEEK_SET, 0, 10, 0};
  syscall(SYS_fcntl, f, F_SETLK64, &fl);
  syscall(SYS_fcntl, f, F_GETLK64, &fl);
  syscall(SYS_fcntl, f, F_OFD_GETLK, &fl);
  syscall(SYS_fcntl, f, (1024 + 5), 0);
  syscall(SYS_fcntl, f, F_DUPFD_CLOEXEC, 1000);
  syscall(SYS_fcntl, f, F_DUPFD, -1);
  syscall(SYS_fcntl, f, 0x7777, 0x1234);
  syscall(SYS_fcntl, f, -1, 0);
  unlink("/tmp/lzp-h4-fcntl");
  return 0;
}
