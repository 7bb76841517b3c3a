// IPPROTO_TCP options beyond NODELAY and INFO: segment size, cork, keepalive times, congestion name, ULP, fastopen, user timeout, unknown.
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
int main(void) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  int v = 1400;
  socklen_t l = sizeof v;
  setsockopt(s, IPPROTO_TCP, TCP_MAXSEG, &v, sizeof v);
  getsockopt(s, IPPROTO_TCP, TCP_MAXSEG, &v, &l);
  v = 1;
  setsockopt(s, IPPROTO_TCP, TCP_CORK, &v, sizeof v);
  v = 30;
  setsockopt(s, IPPROTO_TCP, TCP_KEEPIDLE, &v, sizeof v);
  setsockopt(s, IPPROTO_TCP, TCP_KEEPINTVL, &v, sizeof v);
  setsockopt(s, IPPROTO_TCP, TCP_KEEPCNT, &v, sizeof v);
  setsockopt(s, IPPROTO_TCP, TCP_USER_TIMEOUT, &v, sizeof v);
  setsockopt(s, IPPROTO_TCP, TCP_DEFER_ACCEPT, &v, sizeof v);
  setsockopt(s, IPPROTO_TCP, TCP_QUICKACK, &v, sizeof v);
  setsockopt(s, IPPROTO_TCP, TCP_FASTOPEN, &v, sizeof v);
  setsockopt(s, IPPROTO_TCP, TCP_NOTSENT_LOWAT, &v, sizeof v);
  setsockopt(s, IPPROTO_TCP, TCP_CONGESTION, "reno", 4);
  setsockopt(s, IPPROTO_TCP, TCP_CONGESTION, "nosuchcc", 8);
  char cc[16];
  l = sizeof cc;
  getsockopt(s, IPPROTO_TCP, TCP_CONGESTION, cc, &l);
  setsockopt(s, IPPROTO_TCP, TCP_ULP, "nosuchulp", 9);
  setsockopt(s, IPPROTO_TCP, TCP_WINDOW_CLAMP, &v, 2);
  setsockopt(s, IPPROTO_TCP, TCP_MD5SIG, (void*)0xbad0000, 200);
  l = sizeof v;
  getsockopt(s, IPPROTO_TCP, TCP_KEEPIDLE, &v, &l);
  getsockopt(s, IPPROTO_TCP, 200, &v, &l);
  setsockopt(s, IPPROTO_TCP, -1, &v, sizeof v);
  return 0;
}
