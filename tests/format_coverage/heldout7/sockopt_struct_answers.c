// getsockopt answers that are structs or named values after a set: SO_PEERCRED of a socketpair (and cut at 8 bytes), SO_LINGER after setting it, SO_RCVTIMEO/SO_SNDTIMEO after setting them, SO_SNDBUF doubled by the kernel, SO_ERROR after a refused non-blocking loopback connect, SO_TYPE of each type, SO_PEEK_OFF after setting it.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>
#include "getsockopt_answer.h"
int main(void) {
  int sp[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, sp);
  get(sp[0], SOL_SOCKET, SO_PEERCRED, 12);
  get(sp[0], SOL_SOCKET, SO_PEERCRED, 8);
  struct linger lg = {1, 30};
  setsockopt(sp[0], SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
  get(sp[0], SOL_SOCKET, SO_LINGER, 8);
  get(sp[0], SOL_SOCKET, SO_LINGER, 4);
  struct timeval tv = {2, 500000};
  setsockopt(sp[0], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  get(sp[0], SOL_SOCKET, SO_RCVTIMEO, 16);
  tv.tv_sec = 0;
  tv.tv_usec = 1;
  setsockopt(sp[0], SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
  get(sp[0], SOL_SOCKET, SO_SNDTIMEO, 16);
  int v = 10000;
  setsockopt(sp[0], SOL_SOCKET, SO_SNDBUF, &v, sizeof v);
  get(sp[0], SOL_SOCKET, SO_SNDBUF, 4);
  v = 3;
  setsockopt(sp[0], SOL_SOCKET, SO_PEEK_OFF, &v, sizeof v);
  get(sp[0], SOL_SOCKET, SO_PEEK_OFF, 4);
  int closed = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  bind(closed, (struct sockaddr *)&a, sizeof a);
  socklen_t al = sizeof a;
  getsockname(closed, (struct sockaddr *)&a, &al);
  int c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  connect(c, (struct sockaddr *)&a, sizeof a);
  struct pollfd p = {c, POLLOUT, 0};
  poll(&p, 1, -1);
  get(c, SOL_SOCKET, SO_ERROR, 4);
  get(c, SOL_SOCKET, SO_ERROR, 4);
  int types[] = {SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW};
  for (int i = 0; i < 4; i++) {
    int s = socket(i == 3 ? AF_PACKET : AF_UNIX, types[i], 0);
    get(s, SOL_SOCKET, SO_TYPE, 4);
    close(s);
  }
  return 0;
}
