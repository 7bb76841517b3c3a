// A static program that forks (the raw syscall) and execs itself (a static image replacing a static image) under -f: execve's new image's start-up calls, its exit 5, the parent's wait4.
// compare-build: -static
// compare-options: -f -e trace=!open,pread64
// compare-options: -e trace=!open,pread64
#include "../heldout9/sync.h"
#include <sys/wait.h>
int main(int argc, char **argv) {
  if (argc > 1) {
    syscall(SYS_getppid);
    return 5;
  }
  block_sigchld();
  long me = syscall(SYS_getpid);
  pid_t c = syscall(SYS_fork);
  if (c == 0) {
    wait_sleeping(me);
    execl("/proc/self/exe", argv[0], "again", (char *)0);
    _exit(1);
  }
  int s;
  waitpid(c, &s, 0);
  return 0;
}
