// Signal-driven I/O: a pipe with O_ASYNC, its owner and F_SETSIG to a real-time signal, so writes deliver SIGRT_1 with POLL_IN siginfo (si_band, si_fd) to a handler, then F_SETSIG 0 for plain SIGIO, F_GETSIG/F_GETOWN answers.
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "catch.h"
int main(void) {
  catch_info(SIGRTMIN + 1);
  catch_info(SIGIO);
  int p[2];
  syscall(SYS_pipe2, p, 0);
  syscall(SYS_fcntl, p[0], F_SETOWN, syscall(SYS_getpid));
  syscall(SYS_fcntl, p[0], F_GETOWN);
  syscall(SYS_fcntl, p[0], F_SETSIG, SIGRTMIN + 1);
  syscall(SYS_fcntl, p[0], F_GETSIG);
  syscall(SYS_fcntl, p[0], F_SETFL, O_ASYNC | O_NONBLOCK);
  syscall(SYS_fcntl, p[0], F_GETFL);
  syscall(SYS_write, p[1], "abc", 3);
  char b[8];
  syscall(SYS_read, p[0], b, sizeof b);
  syscall(SYS_fcntl, p[0], F_SETSIG, 0);
  syscall(SYS_write, p[1], "d", 1);
  syscall(SYS_read, p[0], b, sizeof b);
  syscall(SYS_fcntl, p[0], F_SETSIG, 65);
  syscall(SYS_close, p[1]);
  return 0;
}
