// select and pselect6: nfds 0, above FD_SETSIZE and negative, timeouts out of range, bad fd sets and timeouts, closed fds in a set, pselect6's sigmask struct with a wrong size and bad pointers.
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int p[2];
  pipe(p);
  syscall(SYS_write, p[1], "x", 1);
  static unsigned long big[32];
  fd_set r, w, e;
  struct timeval tv = {0, 0};
  syscall(SYS_select, 0, NULL, NULL, NULL, &tv);
  big[0] = 1UL << p[0];
  syscall(SYS_select, 2048, big, NULL, NULL, &tv);
  tv.tv_usec = 1000000;
  syscall(SYS_select, 1, NULL, NULL, NULL, &tv);
  tv.tv_sec = -1; tv.tv_usec = 0;
  syscall(SYS_select, 1, NULL, NULL, NULL, &tv);
  tv.tv_sec = 0;
  FD_ZERO(&r); FD_SET(p[0], &r); FD_SET(60, &r);
  syscall(SYS_select, 61, &r, NULL, NULL, &tv);
  FD_ZERO(&r); FD_SET(p[0], &r);
  FD_ZERO(&w); FD_SET(p[1], &w);
  FD_ZERO(&e); FD_SET(p[0], &e); FD_SET(p[1], &e);
  syscall(SYS_select, p[1] + 1, &r, &w, &e, &tv);
  syscall(SYS_select, p[1] + 1, (void*)0xbad0000, NULL, NULL, &tv);
  syscall(SYS_select, p[1] + 1, &r, NULL, NULL, (void*)0xbad0000);
  struct timespec ts = {0, 0};
  sigset_t s;
  sigemptyset(&s);
  struct { void* p; size_t n; } sm = {&s, 8};
  FD_ZERO(&r); FD_SET(p[0], &r);
  syscall(SYS_pselect6, p[0] + 1, &r, NULL, NULL, &ts, &sm);
  sm.n = 4;
  syscall(SYS_pselect6, p[0] + 1, &r, NULL, NULL, &ts, &sm);
  sm.p = NULL; sm.n = 8;
  syscall(SYS_pselect6, p[0] + 1, &r, NULL, NULL, &ts, &sm);
  sm.p = (void*)0xbad0000;
  syscall(SYS_pselect6, p[0] + 1, &r, NULL, NULL, &ts, &sm);
  syscall(SYS_pselect6, p[0] + 1, &r, NULL, NULL, &ts, (void*)0xbad0000);
  ts.tv_nsec = -1;
  syscall(SYS_pselect6, p[0] + 1, &r, NULL, NULL, &ts, NULL);
  return 0;
}
