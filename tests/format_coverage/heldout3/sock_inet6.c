// AF_INET6 addresses: ::1, v4-mapped, flowinfo and scope ids, getsockname, connect refused, short lengths.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
int main(void) {
  int s = socket(AF_INET6, SOCK_DGRAM, 0);
  struct sockaddr_in6 a; memset(&a, 0, sizeof a);
  a.sin6_family = AF_INET6; a.sin6_port = htons(9); a.sin6_flowinfo = htonl(5);
  inet_pton(AF_INET6, "::1", &a.sin6_addr);
  bind(s, (struct sockaddr*)&a, sizeof a);
  inet_pton(AF_INET6, "::ffff:127.0.0.1", &a.sin6_addr);
  a.sin6_port = htons(1);
  connect(s, (struct sockaddr*)&a, sizeof a);
  inet_pton(AF_INET6, "fe80::1", &a.sin6_addr); a.sin6_scope_id = 1;
  connect(s, (struct sockaddr*)&a, sizeof a);
  connect(s, (struct sockaddr*)&a, 24);
  connect(s, (struct sockaddr*)&a, 8);
  int t = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in b = {AF_INET, htons(1)};
  inet_pton(AF_INET, "127.0.0.1", &b.sin_addr);
  connect(t, (struct sockaddr*)&b, sizeof b);
  connect(t, (struct sockaddr*)&b, 20);
  return 0;
}
