// AF_UNIX addresses: bind to a path and an abstract name, getsockname, connect to a missing path, bad lengths.
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
int main(void) {
  unlink("/tmp/lzp-h3-sock");
  int s = socket(AF_UNIX, SOCK_STREAM, 0);
  struct sockaddr_un a = {AF_UNIX};
  strcpy(a.sun_path, "/tmp/lzp-h3-sock");
  bind(s, (struct sockaddr*)&a, sizeof a);
  socklen_t l = sizeof a;
  getsockname(s, (struct sockaddr*)&a, &l);
  int t = socket(AF_UNIX, SOCK_DGRAM, 0);
  struct sockaddr_un b = {AF_UNIX};
  memcpy(b.sun_path, "\0lzp-h3-abstract", 16);
  bind(t, (struct sockaddr*)&b, offsetof(struct sockaddr_un, sun_path) + 16);
  l = 4;
  getsockname(t, (struct sockaddr*)&b, &l);
  int c = socket(AF_UNIX, SOCK_STREAM, 0);
  strcpy(a.sun_path, "/tmp/lzp-h3-no-sock");
  connect(c, (struct sockaddr*)&a, sizeof a);
  connect(c, (struct sockaddr*)&a, 1);
  connect(c, (struct sockaddr*)0xbad0000, sizeof a);
  getpeername(c, (struct sockaddr*)&a, &l);
  unlink("/tmp/lzp-h3-sock");
  return 0;
}
