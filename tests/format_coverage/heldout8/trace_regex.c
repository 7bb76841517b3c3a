// Regular expressions, optional names and negation in -e trace=: /^get plus munmap, /sock|munmap, ?nosuchcall with names, !close,openat,read, and /at$ alone.
// compare-options: -e trace=/^(get|munmap)
// compare-options: -e trace=/sock|munmap
// compare-options: -e trace=?nosuchcall,close,munmap
// compare-options: -e trace=!close,openat,read
// compare-options: -e trace=/at$,munmap
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_getuid);
  syscall(SYS_getpgrp);
  int s = syscall(SYS_socket, AF_INET, SOCK_DGRAM, 0);
  int v = 1;
  syscall(SYS_setsockopt, s, SOL_SOCKET, SO_REUSEADDR, &v, sizeof v);
  socklen_t l = sizeof v;
  syscall(SYS_getsockopt, s, SOL_SOCKET, SO_TYPE, &v, &l);
  syscall(SYS_close, s);
  int fd = syscall(SYS_openat, AT_FDCWD, "/dev/null", O_RDONLY);
  char b[4];
  syscall(SYS_read, fd, b, 4);
  struct stat st;
  syscall(SYS_newfstatat, fd, "", &st, AT_EMPTY_PATH);
  syscall(SYS_fchmodat, AT_FDCWD, "/nonexistent-lzp-h8", 0600);
  syscall(SYS_close, fd);
  return 0;
}
