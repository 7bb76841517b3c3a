/* Calls whose arguments point into page 0, or that ask about page 0 itself:
 * with the zpoline trampoline mapped there, each must still get the untraced
 * kernel's answer. Prints one "call: result errno" line per call; the test
 * compares the lines with an untraced run and with the expected text. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static void report(const char* call, long result) {
  printf("%s: %ld %s\n", call, result, result < 0 ? strerrorname_np(errno) : "-");
  errno = 0;
}

int main(void) {
  int ep = epoll_create1(0), fds[2];
  if (ep < 0 || pipe(fds) != 0) return 1;
  report("epoll_ctl ADD NULL", epoll_ctl(ep, EPOLL_CTL_ADD, fds[0], NULL));
  report("epoll_ctl DEL NULL", epoll_ctl(ep, EPOLL_CTL_DEL, fds[0], NULL));
  report("poll NULL 1", poll(NULL, 1, 0));
  report("poll NULL 0", poll(NULL, 0, 0));
  report("nanosleep NULL", nanosleep(NULL, NULL));
  report("rt_sigsuspend NULL", syscall(SYS_rt_sigsuspend, NULL, 8));
  report("write NULL", write(fds[1], NULL, 4));
  int sock = socket(AF_UNIX, SOCK_STREAM, 0);
  report("setsockopt NULL", setsockopt(sock, SOL_SOCKET, SO_RCVBUF, NULL, 4));
  report("setgroups NULL", syscall(SYS_setgroups, 1, NULL));
  report("munmap 0 0", munmap(NULL, 0));
  report("mprotect 0 0", mprotect(NULL, 0, PROT_READ));
  report("mprotect 1 4096", mprotect((void*)1, 4096, PROT_READ));
  report("mprotect 0 bad prot", mprotect(NULL, 4096, 0x100));
  report("mprotect 0 4096", mprotect(NULL, 4096, PROT_READ));
  report("mremap 1", syscall(SYS_mremap, 1, 4096, 4096, 0));
  report("mremap 0 bad flags", syscall(SYS_mremap, 0, 4096, 4096, 8));
  report("mremap 0 new size 0", syscall(SYS_mremap, 0, 4096, 0, 0));
  report("mremap 0 fixed to 1", syscall(SYS_mremap, 0, 4096, 4096, 3, 1));
  report("mremap 0 grow", syscall(SYS_mremap, 0, 4096, 8192, 1));
  report("io_setup NULL", syscall(SYS_io_setup, 1, NULL));
  report("io_uring_setup NULL", syscall(SYS_io_uring_setup, 1, NULL));
  report("msgsnd NULL", syscall(SYS_msgsnd, -1, NULL, 1, 0));
  report("open_by_handle_at NULL", syscall(SYS_open_by_handle_at, -1, NULL, 0));
  return 0;
}
