// getsockname and getpeername with lengths 0, 1, 2 and negative, bad length and address pointers, unbound, unnamed and abstract unix sockets; shutdown's how values.
#define _GNU_SOURCE
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>
int main(void) {
  int sv[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  int s = socket(AF_UNIX, SOCK_STREAM, 0);
  struct sockaddr_un a = {AF_UNIX};
  memcpy(a.sun_path, "\0lzp-h5-names", 13);
  bind(s, (struct sockaddr*)&a, 2 + 13);
  struct sockaddr_un o;
  socklen_t n;
  n = sizeof o; syscall(SYS_getsockname, sv[0], &o, &n);
  n = sizeof o; syscall(SYS_getsockname, s, &o, &n);
  n = 0; syscall(SYS_getsockname, s, &o, &n);
  n = 1; syscall(SYS_getsockname, s, &o, &n);
  n = 2; syscall(SYS_getsockname, s, &o, &n);
  n = 5; syscall(SYS_getsockname, s, &o, &n);
  n = -1; syscall(SYS_getsockname, s, &o, &n);
  syscall(SYS_getsockname, s, &o, (void*)0xbad0000);
  n = sizeof o; syscall(SYS_getsockname, s, (void*)0xbad0000, &n);
  n = sizeof o; syscall(SYS_getsockname, 0, &o, &n);
  n = sizeof o; syscall(SYS_getpeername, s, &o, &n);
  n = sizeof o; syscall(SYS_getpeername, sv[1], &o, &n);
  n = 3; syscall(SYS_getpeername, sv[1], &o, &n);
  syscall(SYS_shutdown, sv[0], SHUT_RD);
  syscall(SYS_shutdown, sv[0], SHUT_WR);
  syscall(SYS_shutdown, sv[1], SHUT_RDWR);
  syscall(SYS_shutdown, sv[1], 3);
  syscall(SYS_shutdown, sv[1], -1);
  syscall(SYS_shutdown, s, SHUT_RDWR);
  syscall(SYS_shutdown, 0, SHUT_RD);
  return 0;
}
