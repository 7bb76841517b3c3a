// Integer socket options: SO_ERROR, SO_TYPE, IP_TOS, IPV6_V6ONLY, TCP_NODELAY.
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
int main(void) {
  int s = socket(AF_INET, SOCK_STREAM, 0), s6 = socket(AF_INET6, SOCK_STREAM, 0), v = 0; socklen_t l = sizeof v;
  getsockopt(s, SOL_SOCKET, SO_ERROR, &v, &l); getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &l);
  v = 0x10; setsockopt(s, IPPROTO_IP, IP_TOS, &v, sizeof v); l = sizeof v; getsockopt(s, IPPROTO_IP, IP_TOS, &v, &l);
  v = 1; setsockopt(s6, IPPROTO_IPV6, IPV6_V6ONLY, &v, sizeof v); l = sizeof v; getsockopt(s6, IPPROTO_IPV6, IPV6_V6ONLY, &v, &l);
  setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &v, sizeof v); setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &v, 2);
  l = 2; getsockopt(s, SOL_SOCKET, SO_ERROR, &v, &l);
  setsockopt(-1, SOL_SOCKET, SO_REUSEADDR, &v, sizeof v);
  return 0;
}
