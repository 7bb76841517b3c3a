// -b execve: a forked child execs /bin/true (its execve line ends <detached ...>, nothing after it is traced); the parent's wait4 for it, then an execve of the program itself by the parent, detached too.
// compare-options: -f -b execve -e trace=!open,pread64
// compare-options: -b execve -e trace=!open,pread64
#include "sync.h"
#include <sys/wait.h>
int main(int argc, char **argv) {
  if (argc > 1) {
    syscall(SYS_getppid);
    syscall(SYS_exit_group, 0);
  }
  char self[256];
  long n = readlink("/proc/self/exe", self, sizeof self - 1);
  self[n < 0 ? 0 : n] = 0;
  long me = syscall(SYS_getpid);
  int s;
  long p = syscall(SYS_fork);
  if (p == 0) {
    wait_sleeping(me);
    char *av[] = {"/bin/true", 0};
    char *ev[] = {0};
    syscall(SYS_execve, "/bin/true", av, ev);
    syscall(SYS_exit_group, 1);
  }
  syscall(SYS_wait4, p, &s, 0, 0);
  char *av[] = {self, "again", 0};
  char *ev[] = {0};
  syscall(SYS_execve, self, av, ev);
  return 1;
}
