/* Golden program: structs the kernel does not read are shown as addresses,
 * as strace shows them: epoll_ctl's event for EPOLL_CTL_DEL, and epoll_pwait's
 * sigmask and epoll_pwait2's timeout when the call failed (strace prints
 * these calls at their exit and reads no struct of a failed call). */
#define _GNU_SOURCE
#include <signal.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(void) {
  struct epoll_event event = {EPOLLIN, {.u64 = 5}}, events[2];
  syscall(SYS_epoll_ctl, -3, EPOLL_CTL_DEL, -4, &event);
  syscall(SYS_epoll_ctl, -3, EPOLL_CTL_ADD, -4, &event);
  syscall(SYS_epoll_ctl, -3, EPOLL_CTL_DEL, -4, 0);
  int ep = epoll_create1(0);
  syscall(SYS_epoll_ctl, ep, EPOLL_CTL_DEL, 0, &event);
  syscall(SYS_epoll_ctl, ep, EPOLL_CTL_MOD, 0, &event);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR1);
  syscall(SYS_epoll_pwait, -3, events, 2, 0, &set, 8);
  syscall(SYS_epoll_pwait, ep, events, 0, 0, &set, 8);
  syscall(SYS_epoll_pwait, ep, events, 2, 0, &set, 7);
  syscall(SYS_epoll_pwait, ep, events, 2, 0, &set, 8);
  syscall(SYS_epoll_pwait, ep, events, 2, 0, 0, 8);
  struct timespec zero = {0, 0};
  syscall(SYS_epoll_pwait2, -3, events, 2, &zero, &set, 8);
  syscall(SYS_epoll_pwait2, ep, events, 2, &zero, &set, 7);
  syscall(SYS_epoll_pwait2, ep, events, 2, &zero, &set, 8);
  syscall(SYS_epoll_pwait2, ep, events, 2, &zero, 0, 8);
  syscall(SYS_epoll_wait, -3, events, 2, 0);
  close(ep);
  return 0;
}
