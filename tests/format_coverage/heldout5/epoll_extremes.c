// epoll: maxevents 0, negative and above the limit, every event bit and unknown ones, 64-bit data, unknown ops, epoll_pwait2 with zero, bad and out-of-range timeouts and sigmask sizes.
#define _GNU_SOURCE
#include <signal.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
int main(void) {
  int ep = epoll_create1(0);
  int p[2];
  pipe(p);
  syscall(SYS_write, p[1], "x", 1);
  struct epoll_event ev = {EPOLLIN | EPOLLPRI | EPOLLRDHUP | EPOLLET | EPOLLONESHOT | EPOLLWAKEUP, {.u64 = 0xfedcba9876543210ULL}};
  syscall(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, p[0], &ev);
  ev.events = EPOLLOUT | EPOLLEXCLUSIVE;
  syscall(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, p[1], &ev);
  ev.events = EPOLLIN | 0x00100000;
  syscall(SYS_epoll_ctl, ep, EPOLL_CTL_MOD, p[0], &ev);
  ev.events = ~0U;
  syscall(SYS_epoll_ctl, ep, EPOLL_CTL_MOD, p[1], &ev);
  syscall(SYS_epoll_ctl, ep, 99, p[0], &ev);
  syscall(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, ep, &ev);
  struct epoll_event out[4];
  syscall(SYS_epoll_wait, ep, out, 0, 0);
  syscall(SYS_epoll_wait, ep, out, -1, 0);
  syscall(SYS_epoll_wait, ep, out, 0x7fffffff, 0);
  syscall(SYS_epoll_wait, ep, (void*)0xbad0000, 4, 0);
  syscall(SYS_epoll_wait, ep, out, 4, -5);
  struct timespec t = {0, 0};
  sigset_t s;
  sigemptyset(&s);
  syscall(SYS_epoll_pwait2, ep, out, 4, &t, &s, 8);
  syscall(SYS_epoll_pwait2, ep, out, 4, NULL, NULL, 8);
  t.tv_nsec = 1000000000;
  syscall(SYS_epoll_pwait2, ep, out, 4, &t, NULL, 8);
  t.tv_nsec = 0;
  syscall(SYS_epoll_pwait2, ep, out, 4, &t, &s, 4);
  syscall(SYS_epoll_pwait2, ep, out, 4, (void*)0xbad0000, NULL, 8);
  syscall(SYS_epoll_pwait, ep, out, 4, 0, &s, 16);
  return 0;
}
