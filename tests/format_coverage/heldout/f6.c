// io_uring setup/enter/register, epoll with EPOLLEXCLUSIVE, epoll_pwait2.
#define _GNU_SOURCE
#include <sys/eventfd.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <linux/io_uring.h>
#include <string.h>
#include <unistd.h>
int main(void) {
  struct io_uring_params p; memset(&p, 0, sizeof p); int r = syscall(SYS_io_uring_setup, 4, &p); syscall(SYS_io_uring_setup, 0, &p);
  syscall(SYS_io_uring_enter, r, 0, 0, IORING_ENTER_GETEVENTS, NULL, 0); syscall(SYS_io_uring_enter, -1, 1, 1, 0xff, NULL, 8);
  syscall(SYS_io_uring_register, r, IORING_REGISTER_PROBE, NULL, 0); syscall(SYS_io_uring_register, -1, 999, NULL, 0);
  int e = eventfd(0, 0); struct epoll_event ev = {EPOLLIN | EPOLLEXCLUSIVE}; int ep = epoll_create(1); epoll_ctl(ep, EPOLL_CTL_ADD, e, &ev);
  struct timespec z = {0, 0}; struct epoll_event out; syscall(SYS_epoll_pwait2, ep, &out, 1, &z, NULL, 8);
  return 0;
}
