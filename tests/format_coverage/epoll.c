// epoll_create1/ctl/wait/pwait with good and bad arguments.
#include <signal.h>
#include <sys/epoll.h>
#include <unistd.h>
int main(void) {
  int ep = epoll_create1(EPOLL_CLOEXEC), p[2]; pipe(p); struct epoll_event ev = {EPOLLIN | EPOLLET, {.u64 = 7}}, out[2];
  epoll_create1(0xff); epoll_create(0); epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev); epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &ev);
  epoll_ctl(ep, 99, p[0], &ev); epoll_wait(ep, out, 2, 0); write(p[1], "x", 1); epoll_wait(ep, out, 2, 0);
  epoll_wait(ep, out, -1, 0); sigset_t s; sigemptyset(&s); epoll_pwait(ep, out, 2, 0, &s);
  epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL);
  return 0;
}
