// SOL_SOCKET options not yet measured: buffer sizes, priority, mark, domain, protocol, filters, cookies, busy poll, unknown numbers.
#include <linux/filter.h>
#include <stdint.h>
#include <sys/socket.h>
#include <unistd.h>
int main(void) {
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  int v = 65536;
  socklen_t l = sizeof v;
  setsockopt(s, SOL_SOCKET, SO_SNDBUF, &v, sizeof v);
  setsockopt(s, SOL_SOCKET, SO_RCVBUFFORCE, &v, sizeof v);
  getsockopt(s, SOL_SOCKET, SO_DOMAIN, &v, &l);
  getsockopt(s, SOL_SOCKET, SO_PROTOCOL, &v, &l);
  getsockopt(s, SOL_SOCKET, SO_ACCEPTCONN, &v, &l);
  v = 6;
  setsockopt(s, SOL_SOCKET, SO_PRIORITY, &v, sizeof v);
  v = 0x1234;
  setsockopt(s, SOL_SOCKET, SO_MARK, &v, sizeof v);
  setsockopt(s, SOL_SOCKET, SO_RCVLOWAT, &v, 2);
  setsockopt(s, SOL_SOCKET, SO_TIMESTAMP, &v, sizeof v);
  setsockopt(s, SOL_SOCKET, SO_TIMESTAMPNS, &v, sizeof v);
  setsockopt(s, SOL_SOCKET, SO_BUSY_POLL, &v, sizeof v);
  setsockopt(s, SOL_SOCKET, SO_PEEK_OFF, &v, sizeof v);
  uint64_t cookie;
  l = sizeof cookie;
  getsockopt(s, SOL_SOCKET, SO_COOKIE, &cookie, (socklen_t*)0xbad0000);
  getsockopt(s, SOL_SOCKET, SO_INCOMING_CPU, &v, &l);
  struct sock_filter code[2] = {{0x06, 0, 0, 0xffff}, {0x06, 0, 0, 0}};
  struct sock_fprog prog = {2, code};
  setsockopt(s, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog);
  setsockopt(s, SOL_SOCKET, SO_LOCK_FILTER, &v, sizeof v);
  setsockopt(s, SOL_SOCKET, SO_DETACH_FILTER, NULL, 0);
  setsockopt(s, SOL_SOCKET, SO_ATTACH_FILTER, (void*)0xbad0000, sizeof prog);
  v = 1;
  setsockopt(s, SOL_SOCKET, SO_ZEROCOPY, &v, sizeof v);
  setsockopt(s, SOL_SOCKET, SO_TXTIME, &v, sizeof v);
  l = 4;
  getsockopt(s, SOL_SOCKET, 4242, &v, &l);
  getsockopt(s, SOL_SOCKET, SO_SNDBUF, &v, (socklen_t*)0xbad0000);
  return 0;
}
