// -p of two processes (-p A -p B): each asleep in read on its own fifo; the first is woken and ends (exit 0), then the second (exit 1); strace prefixes each line with its pid.
// attach-block: read
// attach-procs: 2
// attach-order: multiset
// attach-then: wake gone wake2
// attach-options:
// attach-options: -f
#include "attach.h"
int main(int argc, char **argv) {
  int second = argc > 2;
  int fd = open_fifo(argv[1], second ? "wake2" : "wake");
  char b;
  syscall(SYS_read, fd, &b, 1);
  syscall(SYS_getppid);
  return second;
}
