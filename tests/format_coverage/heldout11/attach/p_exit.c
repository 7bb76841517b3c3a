// -p, then the program ends by itself: woken from read, it makes two calls and exits 5 (+++ exited with 5 +++, the tracer's own exit).
// attach-block: read
// attach-then: wake
// attach-options:
#include "attach.h"
#include <stdlib.h>
int main(int argc, char **argv) {
  (void)argc;
  int fd = open_fifo(argv[1], "wake");
  char b;
  syscall(SYS_read, fd, &b, 1);
  syscall(SYS_getpid);
  close(fd);
  exit(5);
}
