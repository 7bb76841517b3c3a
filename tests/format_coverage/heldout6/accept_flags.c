// accept and accept4 at their edges: unknown flag bits and all bits, SOCK_NONBLOCK|SOCK_CLOEXEC on a non-blocking listener with nothing pending, a socket that is not listening, a datagram socket, an address without a length, a bad length pointer, a NULL address with a length; listen with a negative backlog first.
#define _GNU_SOURCE
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
#define BAD 0xbad0000UL
int main(void) {
  int l = syscall(SYS_socket, AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  struct sockaddr_in a;
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  syscall(SYS_accept4, l, &a, &len, 0);
  syscall(SYS_listen, l, -1);
  syscall(SYS_accept4, l, &a, &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
  syscall(SYS_accept4, l, &a, &len, 0x1);
  syscall(SYS_accept4, l, &a, &len, 0xffffffff);
  syscall(SYS_accept4, l, &a, 0, 0);
  syscall(SYS_accept4, l, &a, BAD, 0);
  syscall(SYS_accept4, l, 0, &len, SOCK_CLOEXEC);
  len = -1;
  syscall(SYS_accept4, l, &a, &len, 0);
  syscall(SYS_accept, l, BAD, &len);
  int d = syscall(SYS_socket, AF_INET, SOCK_DGRAM, 0);
  syscall(SYS_accept, d, 0, 0);
  syscall(SYS_accept4, -1, 0, 0, SOCK_NONBLOCK);
  return 0;
}
