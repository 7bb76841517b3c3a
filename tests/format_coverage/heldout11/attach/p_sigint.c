// -p then a detach: SIGINT to the tracer while the process sleeps in read (the read ends `<detached ...>`, `Process N detached`); attach.py then writes the byte and the process, untraced, exits 0.
// attach-block: read
// attach-then: sigint wake
// attach-options:
// attach-options: -f
#include "attach.h"
int main(int argc, char **argv) {
  (void)argc;
  int fd = open_fifo(argv[1], "wake");
  char b;
  syscall(SYS_getppid);
  syscall(SYS_read, fd, &b, 1);
  syscall(SYS_getppid);
  return 0;
}
