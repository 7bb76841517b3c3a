// Every flag bit set (~0) in the flags of the calls that make file descriptors: eventfd2, inotify_init1, epoll_create1, pipe2, signalfd4, timerfd_create, memfd_create, userfaultfd, fanotify_init, pidfd_open, fsopen, fspick, open_tree, accept4, dup3, socket's type, landlock_create_ruleset, memfd_secret, perf_event_open, io_uring_setup's flags; and the upper 32 bits alone. All fail with EINVAL.
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#define ALL 0xffffffffUL
#define HIGH 0xffffffff00000000UL
int main(void) {
  unsigned long mask = 0;
  int p[2];
  syscall(SYS_eventfd2, 0, ALL);
  syscall(SYS_inotify_init1, ALL);
  syscall(SYS_epoll_create1, ALL);
  syscall(SYS_pipe2, p, ALL);
  syscall(SYS_signalfd4, -1, &mask, 8, ALL);
  syscall(SYS_timerfd_create, CLOCK_MONOTONIC, ALL);
  syscall(SYS_memfd_create, "all", ALL);
  syscall(SYS_userfaultfd, ALL);
  syscall(SYS_fanotify_init, ALL, ALL);
  syscall(SYS_pidfd_open, getpid(), ALL);
  syscall(SYS_fsopen, "tmpfs", ALL);
  syscall(SYS_fspick, AT_FDCWD, "/", ALL);
  syscall(SYS_open_tree, AT_FDCWD, "/", ALL);
  syscall(SYS_accept4, 0, 0, 0, ALL);
  syscall(SYS_dup3, 0, 100, ALL);
  syscall(SYS_socket, AF_UNIX, ALL, 0);
  syscall(SYS_landlock_create_ruleset, 0, 0, ALL);
  syscall(SYS_memfd_secret, ALL);
  char attr[128];
  memset(attr, 0, sizeof attr);
  *(unsigned*)(attr + 4) = 128;
  syscall(SYS_perf_event_open, attr, 0, -1, -1, ALL);
  char params[120];
  memset(params, 0, sizeof params);
  *(unsigned*)(params + 8) = ALL;
  syscall(SYS_io_uring_setup, 1, params);
  syscall(SYS_eventfd2, 0, HIGH);
  syscall(SYS_epoll_create1, HIGH);
  syscall(SYS_memfd_create, "high", HIGH);
  syscall(SYS_timerfd_create, CLOCK_MONOTONIC, HIGH);
  return 0;
}
