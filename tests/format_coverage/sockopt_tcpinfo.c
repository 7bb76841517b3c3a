// TCP_INFO with full, short and zero lengths.
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
int main(void) {
  int s = socket(AF_INET, SOCK_STREAM, 0); struct tcp_info ti; socklen_t l = sizeof ti;
  getsockopt(s, IPPROTO_TCP, TCP_INFO, &ti, &l);
  l = 8; getsockopt(s, IPPROTO_TCP, TCP_INFO, &ti, &l);
  l = 0; getsockopt(s, IPPROTO_TCP, TCP_INFO, &ti, &l);
  getsockopt(s, IPPROTO_TCP, TCP_INFO, &ti, (void*)0xbad0000);
  return 0;
}
