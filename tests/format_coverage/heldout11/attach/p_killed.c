// -p, then the process is killed: SIGTERM (default action) while it sleeps in read: --- SIGTERM {si_code=SI_USER ...} --- and +++ killed by SIGTERM +++.
// attach-block: read
// attach-then: term
// attach-options:
#include "attach.h"
int main(int argc, char **argv) {
  (void)argc;
  int fd = open_fifo(argv[1], "wake");
  char b;
  syscall(SYS_read, fd, &b, 1);
  return 0;
}
