// Host and service lookups on files: getaddrinfo("localhost", "80") for IPv4 stream sockets (nscd's socket missing, /etc/hosts read), gethostbyname("localhost"), getservbyname("http", "tcp") and getservbyport (services: db then files), getprotobyname("udp").
// compare-options:
// compare-options: -yy
// compare-options: -e verbose=none -s 8
#include "h10.h"
#include <netdb.h>
#include <netinet/in.h>
int main(void) {
  struct addrinfo h, *r = 0;
  memset(&h, 0, sizeof h);
  h.ai_family = AF_INET;
  h.ai_socktype = SOCK_STREAM;
  if (getaddrinfo("localhost", "80", &h, &r) == 0) freeaddrinfo(r);
  gethostbyname("localhost");
  getservbyname("http", "tcp");
  getservbyport(htons(22), "tcp");
  getprotobyname("udp");
  return 0;
}
