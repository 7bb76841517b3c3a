// getsockname/getpeername answers for AF_INET6 on ::1 (listening, connected, accepted), AF_UNIX with a path, an abstract name and an unnamed socketpair end; lengths 0, 2, 5, 10 and larger than the address; default and -y.
// compare-options:
// compare-options: -y
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>
#define D "/tmp/lzp-h7-sockname"
static void names(int s, int len) {
  char buf[256];
  socklen_t l = len;
  syscall(SYS_getsockname, s, buf, &l);
  l = len;
  syscall(SYS_getpeername, s, buf, &l);
}
int main(void) {
  mkdir(D, 0700);
  int l6 = socket(AF_INET6, SOCK_STREAM, 0);
  struct sockaddr_in6 a6;
  memset(&a6, 0, sizeof a6);
  a6.sin6_family = AF_INET6;
  a6.sin6_addr = in6addr_loopback;
  a6.sin6_port = htons(0);
  bind(l6, (struct sockaddr *)&a6, sizeof a6);
  listen(l6, 1);
  socklen_t al = sizeof a6;
  getsockname(l6, (struct sockaddr *)&a6, &al);
  int c6 = socket(AF_INET6, SOCK_STREAM, 0);
  connect(c6, (struct sockaddr *)&a6, sizeof a6);
  int s6 = accept(l6, 0, 0);
  names(l6, 28);
  names(s6, 28);
  names(c6, 2);
  names(c6, 0);
  int u = socket(AF_UNIX, SOCK_STREAM, 0);
  struct sockaddr_un un = {.sun_family = AF_UNIX};
  strcpy(un.sun_path, D "/sock");
  bind(u, (struct sockaddr *)&un, sizeof un);
  listen(u, 1);
  int uc = socket(AF_UNIX, SOCK_STREAM, 0);
  connect(uc, (struct sockaddr *)&un, sizeof un);
  names(u, 110);
  names(uc, 110);
  names(uc, 2);
  names(uc, 10);
  int ab = socket(AF_UNIX, SOCK_DGRAM, 0);
  struct sockaddr_un an = {.sun_family = AF_UNIX};
  memcpy(an.sun_path, "\0lzp-h7-abstract\0x", 18);
  bind(ab, (struct sockaddr *)&an, 2 + 18);
  names(ab, 110);
  names(ab, 5);
  int sp[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, sp);
  names(sp[0], 110);
  close(l6);
  close(c6);
  close(s6);
  close(u);
  close(uc);
  unlink(D "/sock");
  rmdir(D);
  return 0;
}
