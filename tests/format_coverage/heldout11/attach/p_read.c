// -p of a process asleep in read on a fifo, built twice (dynamic; static: the injector starts the interposer in place): the read when the tracer comes (strace restarts it), a byte written after the attach, then getppid, a write and exit 0.
// attach-block: read
// attach-build:
// attach-build: -static
// attach-then: wake
// attach-options:
// attach-options: -f
// attach-options: -tt -T
#include "attach.h"
int main(int argc, char **argv) {
  (void)argc;
  int fd = open_fifo(argv[1], "wake");
  char b[4];
  syscall(SYS_read, fd, b, sizeof b);
  syscall(SYS_getppid);
  syscall(SYS_write, 1, "done\n", 5);
  return 0;
}
