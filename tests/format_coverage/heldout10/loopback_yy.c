// A TCP connection on loopback made through getaddrinfo (AI_PASSIVE, numeric), bind to port 0, getsockname, listen, connect, accept4, send/recv, shutdown; under -yy and --decode-fds=socket each fd shows its addresses (compare.py makes the ephemeral port PORT).
// compare-options:
// compare-options: -yy
// compare-options: --decode-fds=socket -e trace=%network,close,munmap
#include "h10.h"
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
int main(void) {
  struct addrinfo h, *r;
  memset(&h, 0, sizeof h);
  h.ai_family = AF_INET;
  h.ai_socktype = SOCK_STREAM;
  h.ai_flags = AI_PASSIVE | AI_NUMERICHOST | AI_NUMERICSERV;
  if (getaddrinfo("127.0.0.1", "0", &h, &r)) return 1;
  int l = socket(r->ai_family, r->ai_socktype, 0);
  bind(l, r->ai_addr, r->ai_addrlen);
  struct sockaddr_in a;
  socklen_t n = sizeof a;
  getsockname(l, (struct sockaddr *)&a, &n);
  listen(l, 1);
  int c = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  connect(c, (struct sockaddr *)&a, sizeof a);
  int s = accept4(l, 0, 0, SOCK_CLOEXEC);
  char b[8];
  send(c, "ping", 4, 0);
  recv(s, b, sizeof b, 0);
  shutdown(c, SHUT_WR);
  recv(s, b, sizeof b, 0);
  close(s); close(c); close(l);
  freeaddrinfo(r);
  return 0;
}
