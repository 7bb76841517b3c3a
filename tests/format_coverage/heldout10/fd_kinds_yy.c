// -yy and --decode-fds over the kinds of fd library calls hand out: pipe2, a UNIX socketpair, eventfd, signalfd, timerfd, epoll, inotify, memfd_create, a pidfd of a child (pidfd_open; SIGCHLD blocked so that its arrival does not race), /dev/null and /dev/zero (char devices), the program's directory; each used in one call.
// compare-options: -yy
// compare-options: --decode-fds=path,socket,dev,pidfd
// compare-options: -y -e trace=!brk
#include "h10.h"
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
int main(void) {
  int p[2], s[2];
  char b[8];
  long v = 0;
  pipe2(p, O_CLOEXEC);
  write(p[1], "x", 1);
  read(p[0], b, 1);
  socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  send(s[0], "y", 1, 0);
  recv(s[1], b, 1, 0);
  int e = eventfd(1, EFD_CLOEXEC);
  read(e, &v, 8);
  sigset_t m;
  sigemptyset(&m);
  sigaddset(&m, SIGUSR2);
  int sf = signalfd(-1, &m, SFD_NONBLOCK);
  read(sf, b, 8);
  int t = timerfd_create(CLOCK_MONOTONIC, 0);
  struct itimerspec its;
  timerfd_gettime(t, &its);
  int ep = epoll_create1(0);
  struct epoll_event ev = {EPOLLIN, {.fd = p[0]}};
  epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);
  int in = inotify_init1(0);
  inotify_add_watch(in, "/tmp", IN_CREATE);
  int mf = memfd_create("lzp-h10", 0);
  ftruncate(mf, 10);
  int nul = open("/dev/null", O_WRONLY), z = open("/dev/zero", O_RDONLY);
  write(nul, "z", 1);
  read(z, b, 2);
  sigaddset(&m, SIGCHLD);
  sigprocmask(SIG_BLOCK, &m, 0);
  pid_t c = fork();
  if (c == 0) _exit(0);
  int pf = syscall(SYS_pidfd_open, c, 0);
  siginfo_t si;
  waitid(P_PIDFD, pf, &si, WEXITED);
  int d = open("/tmp", O_RDONLY | O_DIRECTORY);
  fchdir(d);
  return 0;
}
