// fcntl's seals and hints at their edges: F_ADD_SEALS with every seal and unknown bits, on a memfd without MFD_ALLOW_SEALING and on a pipe; F_GET_SEALS; F_SET_RW_HINT/F_SET_FILE_RW_HINT with every hint and out-of-range values, bad pointers; F_SETOWN_EX with unknown types; F_SETSIG out of range; F_SETPIPE_SZ extremes.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/mman.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>
#define BAD 0xbad0000UL
#ifndef F_SEAL_FUTURE_WRITE
#define F_SEAL_FUTURE_WRITE 0x0010
#endif
int main(void) {
  int m = syscall(SYS_memfd_create, "seals", MFD_ALLOW_SEALING);
  int n = syscall(SYS_memfd_create, "noseal", 0);
  int p[2];
  pipe(p);
  syscall(SYS_fcntl, m, F_ADD_SEALS, F_SEAL_GROW | F_SEAL_SHRINK);
  syscall(SYS_fcntl, m, F_ADD_SEALS, F_SEAL_FUTURE_WRITE | 0x40);
  syscall(SYS_fcntl, m, F_ADD_SEALS, 0xffffffff);
  syscall(SYS_fcntl, m, F_ADD_SEALS, 0);
  syscall(SYS_fcntl, m, F_GET_SEALS);
  syscall(SYS_fcntl, n, F_GET_SEALS);
  syscall(SYS_fcntl, n, F_ADD_SEALS, F_SEAL_WRITE);
  syscall(SYS_fcntl, p[0], F_GET_SEALS);
  syscall(SYS_fcntl, m, F_ADD_SEALS, F_SEAL_SEAL);
  syscall(SYS_fcntl, m, F_GET_SEALS);
  uint64_t h;
  for (h = 0; h <= 6; h++) syscall(SYS_fcntl, n, F_SET_RW_HINT, &h);
  h = 0xffffffffffffffffULL;
  syscall(SYS_fcntl, n, F_SET_RW_HINT, &h);
  syscall(SYS_fcntl, n, F_GET_RW_HINT, &h);
  syscall(SYS_fcntl, n, F_SET_RW_HINT, BAD);
  syscall(SYS_fcntl, n, F_GET_RW_HINT, BAD);
  h = 2;
  syscall(SYS_fcntl, n, F_SET_FILE_RW_HINT, &h);
  syscall(SYS_fcntl, n, F_GET_FILE_RW_HINT, &h);
  struct f_owner_ex ox = {99, 0};
  syscall(SYS_fcntl, n, F_SETOWN_EX, &ox);
  ox.type = F_OWNER_PGRP; ox.pid = -5;
  syscall(SYS_fcntl, n, F_SETOWN_EX, &ox);
  syscall(SYS_fcntl, n, F_SETSIG, 65);
  syscall(SYS_fcntl, n, F_SETSIG, -1);
  syscall(SYS_fcntl, p[0], F_SETPIPE_SZ, 0);
  syscall(SYS_fcntl, p[0], F_SETPIPE_SZ, 0x80000000UL);
  syscall(SYS_fcntl, p[0], F_GETPIPE_SZ);
  return 0;
}
