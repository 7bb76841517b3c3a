// poll/ppoll/select/pselect6 with ready, idle and bad descriptors.
#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <sys/select.h>
#include <unistd.h>
int main(void) {
  int p[2]; pipe(p); write(p[1], "x", 1); struct pollfd f[3] = {{p[0], POLLIN}, {p[1], POLLOUT | POLLIN}, {-1, POLLIN}};
  poll(f, 3, 0); poll(f, 0, 0); poll((void*)0xbad0000, 1, 0); struct timespec z = {0, 0}; sigset_t s; sigemptyset(&s);
  ppoll(f, 3, &z, &s); f[0].events = 0xffff; poll(f, 1, 0);
  fd_set r; FD_ZERO(&r); FD_SET(p[0], &r); struct timeval tv = {0, 0}; select(p[0] + 1, &r, NULL, NULL, &tv);
  FD_ZERO(&r); FD_SET(p[1], &r); select(p[1] + 1, &r, &r, NULL, &tv); select(-1, NULL, NULL, NULL, &tv);
  pselect(p[0] + 1, &r, NULL, NULL, &z, &s);
  return 0;
}
