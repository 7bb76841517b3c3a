// eventfd and pipe flags no earlier set tried: the legacy eventfd syscall, eventfd2 with EFD_SEMAPHORE and unknown bits, initial values at and beyond 32 bits, eventfd counters written and read (the 8-byte values, overflow, a short write); pipe2 with O_DIRECT, O_NOTIFICATION_PIPE, unknown and all bits, a bad array.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <sys/eventfd.h>
#include <sys/syscall.h>
#include <unistd.h>
#define BAD 0xbad0000UL
#ifndef O_NOTIFICATION_PIPE
#define O_NOTIFICATION_PIPE O_EXCL
#endif
int main(void) {
  syscall(SYS_eventfd, 0xffffffff);
  syscall(SYS_eventfd, 0x100000000ULL);
  int e = syscall(SYS_eventfd2, 0xffffffff, EFD_NONBLOCK);
  int s = syscall(SYS_eventfd2, 2, EFD_SEMAPHORE | EFD_NONBLOCK);
  syscall(SYS_eventfd2, 0, 0x2);
  syscall(SYS_eventfd2, 0, 0xffffffff);
  uint64_t v = 0xfffffffffffffffeULL;
  syscall(SYS_write, e, &v, 8);
  v = 0xffffffffffffffffULL;
  syscall(SYS_write, e, &v, 8);
  syscall(SYS_write, e, &v, 4);
  syscall(SYS_read, e, &v, 8);
  syscall(SYS_read, s, &v, 8);
  syscall(SYS_read, s, &v, 7);
  int p[2];
  syscall(SYS_pipe2, p, O_DIRECT);
  syscall(SYS_pipe2, p, O_NOTIFICATION_PIPE);
  syscall(SYS_pipe2, p, O_NONBLOCK | O_CLOEXEC | 0x1);
  syscall(SYS_pipe2, p, 0xffffffff);
  syscall(SYS_pipe2, BAD, 0);
  syscall(SYS_pipe, BAD);
  return 0;
}
