// poll/ppoll/select/pselect6 results with revents: POLLIN|POLLRDNORM on a pipe with data, POLLHUP after the writer closes, POLLERR on a pipe's write end with no reader, POLLNVAL on a closed fd, POLLOUT|POLLWRNORM, POLLRDHUP on a shut-down socket, negative fds ignored, an fd listed twice; select's written-back sets with fds above 64.
#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
int main(void) {
  signal(SIGPIPE, SIG_IGN);
  int a[2], b[2], sp[2];
  pipe(a);
  pipe(b);
  socketpair(AF_UNIX, SOCK_STREAM, 0, sp);
  write(a[1], "x", 1);
  close(b[0]);
  shutdown(sp[1], SHUT_WR);
  struct pollfd p[8] = {{a[0], POLLIN | POLLRDNORM | POLLPRI, 0}, {b[1], POLLOUT, 0}, {99, POLLIN, 0},
                        {-1, POLLIN, 0},  {a[1], POLLOUT | POLLWRNORM | POLLWRBAND, 0}, {sp[0], POLLIN | POLLRDHUP, 0},
                        {a[0], 0, 0},     {a[0], POLLIN, 0}};
  syscall(SYS_poll, p, 8, 0);
  struct timespec ts = {0, 0};
  syscall(SYS_ppoll, p, 3, &ts, 0, 8);
  close(a[1]);
  read(a[0], (char[1]){0}, 1);
  syscall(SYS_poll, p, 1, 0);
  int hi = dup2(sp[0], 70);
  fd_set r, w, e;
  FD_ZERO(&r);
  FD_ZERO(&w);
  FD_ZERO(&e);
  FD_SET(a[0], &r);
  FD_SET(hi, &r);
  FD_SET(b[1], &w);
  FD_SET(hi, &e);
  struct timeval tv = {0, 0};
  syscall(SYS_select, hi + 1, &r, &w, &e, &tv);
  FD_ZERO(&r);
  FD_SET(hi, &r);
  ts.tv_nsec = 1000;
  syscall(SYS_pselect6, hi + 1, &r, 0, 0, &ts, 0);
  return 0;
}
