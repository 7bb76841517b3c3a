// sendto/recvfrom with every MSG_ flag bit, lengths 0 and huge, an address on a connected pair, negative and huge address lengths, MSG_TRUNC's real length; listen and bind edge values on unix sockets.
#define _GNU_SOURCE
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>
int main(void) {
  int sv[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
  syscall(SYS_sendto, sv[0], "0123456789", 10, MSG_DONTWAIT | MSG_NOSIGNAL | MSG_MORE | MSG_EOR, NULL, 0);
  char b[4];
  struct sockaddr_un a;
  socklen_t n = sizeof a;
  syscall(SYS_recvfrom, sv[1], b, sizeof b, MSG_TRUNC | MSG_PEEK, &a, &n);
  syscall(SYS_recvfrom, sv[1], b, sizeof b, MSG_TRUNC, NULL, NULL);
  syscall(SYS_recvfrom, sv[1], b, sizeof b, MSG_DONTWAIT | MSG_WAITALL, &a, &n);
  syscall(SYS_sendto, sv[0], "x", 1, ~0U, NULL, 0);
  syscall(SYS_sendto, sv[0], "", 0, 0, NULL, 0);
  syscall(SYS_recvfrom, sv[1], b, 0, MSG_DONTWAIT, NULL, NULL);
  syscall(SYS_sendto, sv[0], "x", ~0UL >> 1, 0, NULL, 0);
  struct sockaddr_un to = {AF_UNIX, "lzp-h5-nowhere"};
  syscall(SYS_sendto, sv[0], "x", 1, 0, &to, -1);
  syscall(SYS_sendto, sv[0], "x", 1, 0, &to, 1000);
  syscall(SYS_sendto, sv[0], "x", 1, 0, (void*)0xbad0000, sizeof to);
  n = sizeof a;
  syscall(SYS_recvfrom, sv[1], b, sizeof b, MSG_DONTWAIT, &a, (void*)0xbad0000);
  syscall(SYS_recvfrom, sv[1], (void*)0xbad0000, sizeof b, MSG_DONTWAIT, NULL, NULL);
  int s = socket(AF_UNIX, SOCK_STREAM, 0);
  syscall(SYS_bind, s, &to, 0);
  syscall(SYS_bind, s, &to, 1000);
  syscall(SYS_listen, s, -1);
  syscall(SYS_listen, s, 0x7fffffff);
  syscall(SYS_listen, sv[0], 1);
  syscall(SYS_listen, 0, 1);
  return 0;
}
