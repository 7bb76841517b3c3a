// -p of a process asleep in accept on a unix socket (DIR/sock); attach.py connects after the attach: the new fd, a read that sees EOF, closes, exit 0.
// attach-block: accept
// attach-then: connect
// attach-options:
// attach-options: -f
#include "attach.h"
#include <sys/socket.h>
#include <sys/un.h>
int main(int argc, char **argv) {
  (void)argc;
  int s = socket(AF_UNIX, SOCK_STREAM, 0);
  struct sockaddr_un a = {.sun_family = AF_UNIX};
  snprintf(a.sun_path, sizeof a.sun_path, "%s/sock", argv[1]);
  bind(s, (struct sockaddr *)&a, sizeof a);
  listen(s, 1);
  int c = syscall(SYS_accept, s, 0, 0);
  char b[4];
  syscall(SYS_read, c, b, sizeof b);
  close(c);
  close(s);
  return 0;
}
