// AF_INET6 addresses at their edges: bind and connect with v4-mapped and v4-compatible addresses, a link-local address with a scope id of lo and of an unknown interface, flowinfo set, addrlen 24 (the RFC 2133 struct without scope id), 27, 28 and 29, the unspecified address, an AF_INET address of length 15 and 17; connect to AF_UNSPEC to disconnect.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int s = syscall(SYS_socket, AF_INET6, SOCK_DGRAM, 0);
  struct { struct sockaddr_in6 a; char pad[8]; } b;
  memset(&b, 0, sizeof b);
  b.a.sin6_family = AF_INET6;
  b.a.sin6_port = htons(9);
  inet_pton(AF_INET6, "::ffff:127.0.0.1", &b.a.sin6_addr);
  syscall(SYS_connect, s, &b, sizeof b.a);
  inet_pton(AF_INET6, "::127.0.0.2", &b.a.sin6_addr);
  syscall(SYS_connect, s, &b, 24);
  inet_pton(AF_INET6, "fe80::1", &b.a.sin6_addr);
  b.a.sin6_scope_id = 1;
  b.a.sin6_flowinfo = htonl(0x12345);
  syscall(SYS_connect, s, &b, sizeof b.a);
  b.a.sin6_scope_id = 4242;
  syscall(SYS_connect, s, &b, sizeof b.a);
  syscall(SYS_connect, s, &b, 27);
  syscall(SYS_connect, s, &b, 29);
  memset(&b.a.sin6_addr, 0, 16);
  b.a.sin6_scope_id = 0; b.a.sin6_flowinfo = 0;
  syscall(SYS_bind, s, &b, 28);
  b.a.sin6_family = AF_UNSPEC;
  syscall(SYS_connect, s, &b, sizeof b.a);
  syscall(SYS_connect, s, &b, 2);
  int u = syscall(SYS_socket, AF_INET, SOCK_DGRAM, 0);
  struct { struct sockaddr_in a; char pad[8]; } c;
  memset(&c, 0, sizeof c);
  c.a.sin_family = AF_INET;
  c.a.sin_port = htons(65535);
  c.a.sin_addr.s_addr = inet_addr("255.255.255.255");
  syscall(SYS_connect, u, &c, 15);
  syscall(SYS_connect, u, &c, 17);
  c.pad[0] = 'x';
  syscall(SYS_connect, u, &c, 16);
  return 0;
}
