// epoll_wait/epoll_pwait/epoll_pwait2 answers: several ready events with their data, EPOLLHUP|EPOLLERR on a pipe whose reader closed, EPOLLRDHUP on a shut-down socket, maxevents smaller than the ready count, EPOLLONESHOT then EPOLL_CTL_MOD, EPOLLET, EPOLLEXCLUSIVE, data as u64 with high bits; pwait2's zero timeout.
#define _GNU_SOURCE
#include <signal.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
int main(void) {
  int ep = epoll_create1(EPOLL_CLOEXEC);
  int a[2], b[2], sp[2];
  pipe(a);
  pipe(b);
  socketpair(AF_UNIX, SOCK_STREAM, 0, sp);
  write(a[1], "x", 1);
  close(b[0]);
  shutdown(sp[1], SHUT_WR);
  struct epoll_event ev = {.events = EPOLLIN | EPOLLET, .data.u64 = 0x1122334455667788ULL};
  epoll_ctl(ep, EPOLL_CTL_ADD, a[0], &ev);
  ev.events = EPOLLOUT;
  ev.data.fd = b[1];
  epoll_ctl(ep, EPOLL_CTL_ADD, b[1], &ev);
  ev.events = EPOLLIN | EPOLLRDHUP | EPOLLONESHOT;
  ev.data.u64 = 0xffffffffffffffffULL;
  epoll_ctl(ep, EPOLL_CTL_ADD, sp[0], &ev);
  ev.events = EPOLLOUT | EPOLLEXCLUSIVE;
  ev.data.u64 = 3;
  epoll_ctl(ep, EPOLL_CTL_ADD, a[1], &ev);
  struct epoll_event out[8];
  syscall(SYS_epoll_wait, ep, out, 8, 0);
  syscall(SYS_epoll_wait, ep, out, 2, 0);
  syscall(SYS_epoll_wait, ep, out, 8, 0);
  ev.events = EPOLLIN | EPOLLPRI;
  ev.data.u64 = 7;
  epoll_ctl(ep, EPOLL_CTL_MOD, sp[0], &ev);
  sigset_t m;
  sigemptyset(&m);
  sigaddset(&m, SIGUSR2);
  syscall(SYS_epoll_pwait, ep, out, 1, 0, &m, 8);
  struct timespec ts = {0, 0};
  syscall(SYS_epoll_pwait2, ep, out, 8, &ts, 0, 8);
  syscall(SYS_epoll_pwait2, ep, out, 8, &ts, &m, 8);
  return 0;
}
