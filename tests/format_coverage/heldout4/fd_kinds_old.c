// The flagless fd-creating calls and their edge arguments: signalfd, eventfd, inotify_init, epoll_create sizes, signalfd4 masks and sizes.
#include <signal.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  uint64_t mask = 1 << (SIGUSR1 - 1) | 1ULL << 40;
  syscall(SYS_signalfd, -1, &mask, 8);
  syscall(SYS_signalfd, -1, &mask, 4);
  syscall(SYS_signalfd, -1, (void*)0xbad0000, 8);
  syscall(SYS_signalfd, 1, &mask, 8);
  mask = ~0ULL;
  syscall(SYS_signalfd4, -1, &mask, 8, 0x800 | 0x80000 | 0x1);
  syscall(SYS_signalfd4, -1, &mask, 16, 0);
  syscall(SYS_eventfd, 0);
  syscall(SYS_eventfd, 0xffffffffu);
  syscall(SYS_eventfd2, 1, 0xffffffffu);
  syscall(SYS_eventfd2, -1L, 1);
  syscall(SYS_inotify_init);
  syscall(SYS_epoll_create, 1);
  syscall(SYS_epoll_create, 0);
  syscall(SYS_epoll_create, -1);
  return 0;
}
