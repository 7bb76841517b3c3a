// -c with -p: the calls after the attach (the resumed read, getppid x3, a failing close x2, exit_group) in strace's table.
// attach-block: read
// attach-then: wake
// attach-options: -c -S name
// attach-options: -c -f -S calls
#include "attach.h"
int main(int argc, char **argv) {
  (void)argc;
  int fd = open_fifo(argv[1], "wake");
  char b;
  syscall(SYS_read, fd, &b, 1);
  for (int i = 0; i < 3; i++) syscall(SYS_getppid);
  close(100);
  close(101);
  return 0;
}
