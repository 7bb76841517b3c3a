// ppoll and poll: every event bit, negative fds, stale revents, nfds 0 and above RLIMIT_NOFILE, bad timeouts, sigmask sizes, a pollfd array ending in an unmapped page.
#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
int main(void) {
  int p[2];
  pipe(p);
  syscall(SYS_write, p[1], "x", 1);
  struct pollfd f[4] = {{p[0], POLLIN | POLLPRI | POLLRDHUP | POLLRDNORM | POLLRDBAND, 0x7},
                        {-5, POLLIN, 0}, {p[1], (short)0xffff, 0}, {99, POLLOUT | POLLWRNORM | POLLWRBAND | POLLMSG, 0}};
  struct timespec z = {0, 0};
  sigset_t s;
  sigfillset(&s);
  syscall(SYS_ppoll, f, 4, &z, &s, 8);
  syscall(SYS_ppoll, NULL, 0, &z, NULL, 8);
  static struct pollfd many[64];
  for (int i = 0; i < 64; i++) many[i].fd = -1;
  syscall(SYS_ppoll, many, 1 << 30, &z, NULL, 8);
  syscall(SYS_ppoll, many, 40, &z, NULL, 8);
  syscall(SYS_ppoll, f, 1, &z, &s, 16);
  z.tv_nsec = 1000000000;
  syscall(SYS_ppoll, f, 1, &z, NULL, 8);
  syscall(SYS_ppoll, f, 1, (void*)0xbad0000, NULL, 8);
  syscall(SYS_ppoll, f, 1, NULL, (void*)0xbad0000, 8);
  syscall(SYS_poll, f, 1, -1);
  syscall(SYS_poll, f, 2, 0x80000000UL);
  char* m = (char*)syscall(SYS_mmap, NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_munmap, m + 4096, 4096);
  struct pollfd* e = (struct pollfd*)(m + 4096 - sizeof(struct pollfd));
  e->fd = p[0]; e->events = POLLIN; e->revents = 0;
  syscall(SYS_poll, e, 2, 0);
  syscall(SYS_poll, e, 1, 0);
  return 0;
}
