// unshare with no flags, process-local flags, unknown and all bits; setns with bad fds, a namespace fd of the wrong type, unknown bits, and re-joining the program's own UTS namespace.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_unshare, 0);
  syscall(SYS_unshare, CLONE_FILES | CLONE_FS | CLONE_SYSVSEM);
  syscall(SYS_unshare, 0x80);
  syscall(SYS_unshare, ~0UL);
  syscall(SYS_unshare, CLONE_VM | CLONE_SIGHAND | CLONE_THREAD);
  int u = open("/proc/self/ns/uts", O_RDONLY);
  int f = open("/proc/self/status", O_RDONLY);
  syscall(SYS_setns, -1, 0);
  syscall(SYS_setns, u, CLONE_NEWNET);
  syscall(SYS_setns, u, CLONE_NEWUTS);
  syscall(SYS_setns, u, 0);
  syscall(SYS_setns, u, 0x1);
  syscall(SYS_setns, f, 0);
  syscall(SYS_setns, u, CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWNET | CLONE_NEWCGROUP);
  return 0;
}
