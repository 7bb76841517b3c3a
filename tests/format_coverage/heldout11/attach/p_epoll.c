// -p of a process asleep in epoll_wait on the fifo (EPOLLIN), woken by the byte: the event, the read, exit 0.
// attach-block: epoll_wait
// attach-then: wake
// attach-options:
#include "attach.h"
#include <sys/epoll.h>
int main(int argc, char **argv) {
  (void)argc;
  int fd = open_fifo(argv[1], "wake");
  int ep = epoll_create1(EPOLL_CLOEXEC);
  struct epoll_event ev = {.events = EPOLLIN, .data.u64 = 7};
  epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
  struct epoll_event got[2];
  syscall(SYS_epoll_wait, ep, got, 2, -1);
  char b;
  syscall(SYS_read, fd, &b, 1);
  return 0;
}
