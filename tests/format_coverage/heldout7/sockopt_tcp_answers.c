// getsockopt's answers at SOL_TCP on a fresh and a listening socket: TCP_MAXSEG, KEEPIDLE, KEEPINTVL, KEEPCNT, SYNCNT, LINGER2, DEFER_ACCEPT, WINDOW_CLAMP, QUICKACK, USER_TIMEOUT, NOTSENT_LOWAT, FASTOPEN, FASTOPEN_CONNECT, THIN_LINEAR_TIMEOUTS, CORK, NODELAY, REPAIR_WINDOW (EPERM), TCP_CONGESTION by name at lengths 16, 3 and 0; setsockopt of the same with good and bad values.
#define _GNU_SOURCE
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "getsockopt_answer.h"
int main(void) {
  int t = socket(AF_INET, SOCK_STREAM, 0);
  int names[] = {TCP_MAXSEG, TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT, TCP_SYNCNT, TCP_LINGER2,
                 TCP_DEFER_ACCEPT, TCP_WINDOW_CLAMP, TCP_QUICKACK, TCP_USER_TIMEOUT, TCP_NOTSENT_LOWAT,
                 TCP_FASTOPEN, TCP_FASTOPEN_CONNECT, TCP_THIN_LINEAR_TIMEOUTS, TCP_CORK, TCP_NODELAY};
  for (unsigned i = 0; i < sizeof names / sizeof *names; i++) get(t, SOL_TCP, names[i], 4);
  get(t, SOL_TCP, TCP_CONGESTION, 16);
  get(t, SOL_TCP, TCP_CONGESTION, 3);
  get(t, SOL_TCP, TCP_CONGESTION, 0);
  int v = 30;
  syscall(SYS_setsockopt, t, SOL_TCP, TCP_KEEPIDLE, &v, sizeof v);
  syscall(SYS_setsockopt, t, SOL_TCP, TCP_DEFER_ACCEPT, &v, sizeof v);
  syscall(SYS_setsockopt, t, SOL_TCP, TCP_USER_TIMEOUT, &v, sizeof v);
  v = -1;
  syscall(SYS_setsockopt, t, SOL_TCP, TCP_KEEPCNT, &v, sizeof v);
  syscall(SYS_setsockopt, t, SOL_TCP, TCP_SYNCNT, &v, sizeof v);
  syscall(SYS_setsockopt, t, SOL_TCP, TCP_LINGER2, &v, sizeof v);
  syscall(SYS_setsockopt, t, SOL_TCP, TCP_NOTSENT_LOWAT, &v, 2);
  get(t, SOL_TCP, TCP_KEEPIDLE, 4);
  get(t, SOL_TCP, TCP_DEFER_ACCEPT, 4);
  get(t, SOL_TCP, TCP_LINGER2, 4);
  get(t, SOL_TCP, TCP_REPAIR_WINDOW, 20);
  listen(t, 1);
  get(t, SOL_TCP, TCP_MAXSEG, 4);
  get(t, SOL_TCP, TCP_FASTOPEN, 4);
  return 0;
}
