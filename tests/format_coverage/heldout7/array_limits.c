// Arrays longer than the print limit under default, -s 3 and -v: writev with 40 iovecs, poll with 40 fds, sched_getaffinity/setaffinity masks, getgroups/setgroups lists, select sets with many fds, a sigset with every signal, io_submit-free; strace cuts arrays at -s elements.
// compare-options:
// compare-options: -s 3
// compare-options: -v
#define _GNU_SOURCE
#include <grp.h>
#include <poll.h>
#include <sched.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
int main(void) {
  int p[2];
  pipe(p);
  struct iovec io[40];
  for (int i = 0; i < 40; i++) {
    io[i].iov_base = "ab";
    io[i].iov_len = 2;
  }
  syscall(SYS_writev, p[1], io, 40);
  char buf[80];
  struct iovec rio[40];
  for (int i = 0; i < 40; i++) {
    rio[i].iov_base = buf + 2 * i;
    rio[i].iov_len = 2;
  }
  syscall(SYS_readv, p[0], rio, 40);
  struct pollfd pf[40];
  for (int i = 0; i < 40; i++) {
    pf[i].fd = (i % 2) ? p[1] : 1000 + i;
    pf[i].events = POLLOUT;
  }
  syscall(SYS_poll, pf, 40, 0);
  cpu_set_t set;
  CPU_ZERO(&set);
  syscall(SYS_sched_getaffinity, 0, sizeof set, &set);
  CPU_ZERO(&set);
  for (int i = 0; i < 64; i += 2) CPU_SET(i, &set);
  syscall(SYS_sched_setaffinity, 0, sizeof set, &set);
  syscall(SYS_sched_getaffinity, 0, sizeof set, &set);
  gid_t g[40];
  for (int i = 0; i < 40; i++) g[i] = 1000 + i;
  syscall(SYS_setgroups, 40, g);
  syscall(SYS_getgroups, 40, g);
  syscall(SYS_getgroups, 0, 0);
  syscall(SYS_setgroups, 0, 0);
  fd_set r;
  FD_ZERO(&r);
  for (int i = 0; i < 200; i += 3) FD_SET(i, &r);
  struct timeval tv = {0, 0};
  syscall(SYS_select, 200, &r, 0, 0, &tv);
  return 0;
}
