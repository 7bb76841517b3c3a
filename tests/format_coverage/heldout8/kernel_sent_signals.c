// Signals the kernel sends for an error: SIGPIPE from writing to a pipe with no reader and from send on a reset UNIX socket (and none with MSG_NOSIGNAL), SIGXFSZ from writing past RLIMIT_FSIZE; handlers installed, the errors returned.
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
#define D "/tmp/lzp-h8-kernel_sent_signals"
#include "catch.h"
int main(void) {
  catch_plain(SIGPIPE);
  catch_plain(SIGXFSZ);
  int p[2];
  syscall(SYS_pipe2, p, 0);
  syscall(SYS_close, p[0]);
  syscall(SYS_write, p[1], "x", 1);
  int s[2];
  syscall(SYS_socketpair, AF_UNIX, SOCK_STREAM, 0, s);
  syscall(SYS_close, s[1]);
  syscall(SYS_sendto, s[0], "y", 1, MSG_NOSIGNAL, 0, 0);
  syscall(SYS_sendto, s[0], "y", 1, 0, 0, 0);
  syscall(SYS_mkdir, D, 0700);
  int fd = syscall(SYS_openat, AT_FDCWD, D "/f", O_CREAT | O_WRONLY | O_TRUNC, 0600);
  struct rlimit rl = {10, 10};
  syscall(SYS_prlimit64, 0, RLIMIT_FSIZE, &rl, 0);
  syscall(SYS_write, fd, "0123456789abcdef", 16);
  syscall(SYS_write, fd, "0123", 4);
  syscall(SYS_close, fd);
  syscall(SYS_unlink, D "/f");
  syscall(SYS_rmdir, D);
  return 0;
}
