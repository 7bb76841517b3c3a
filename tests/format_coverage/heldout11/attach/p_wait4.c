// -p of a parent asleep in wait4 for its child, which sleeps in read on the fifo (not traced: -p does not follow existing children); the byte lets the child exit 4 and wait4 returns its status.
// attach-block: wait4
// attach-then: wake
// attach-options:
// attach-options: -f
#include "attach.h"
#include <sys/wait.h>
int main(int argc, char **argv) {
  (void)argc;
  int fd = open_fifo(argv[1], "wake");
  long c = syscall(SYS_fork);
  if (c == 0) {
    char b;
    syscall(SYS_read, fd, &b, 1);
    syscall(SYS_exit_group, 4);
  }
  int s;
  syscall(SYS_wait4, c, &s, 0, 0);
  syscall(SYS_getppid);
  return 0;
}
