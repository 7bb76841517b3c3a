// sockets: bind/getsockname/getpeername at short lengths, recvfrom, send flags, connect v4/v6.
#define _GNU_SOURCE
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <string.h>
#include <unistd.h>
int main(void) {
  int s = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0); struct sockaddr_in a = {AF_INET, htons(9), {htonl(0x7f000001)}}; socklen_t l = sizeof a;
  bind(s, (void*)&a, sizeof a); bind(s, (void*)&a, 1); getsockname(s, (void*)&a, &l); l = 4; getsockname(s, (void*)&a, &l); getpeername(s, (void*)&a, &l);
  char b[16]; recvfrom(s, b, sizeof b, 0, (void*)&a, &l); recv(s, b, 0, MSG_TRUNC | MSG_WAITALL); send(-1, "x", 1, 0xffff);
  connect(s, (void*)&a, sizeof a); struct sockaddr_in6 a6 = {AF_INET6, htons(443)}; inet_pton(AF_INET6, "::1", &a6.sin6_addr); connect(s, (void*)&a6, sizeof a6);
  return 0;
}
