// vfork (glibc's) then execve of the program itself with an argument (the parent resumes when the child execs); the new image makes two calls and exits with 8; the parent reaps it (SIGCHLD blocked: it would race the parent's wait4). A failing execve (ENOENT) in a second vfork child, which _exits 127.
// compare-options: -e trace=!open,pread64
#include "sync.h"
#include <sys/wait.h>
int main(int argc, char **argv) {
  if (argc > 1) {
    syscall(SYS_munmap, 0, 0);
    syscall(SYS_getppid);
    syscall(SYS_exit_group, 8);
  }
  char self[256];
  long n = readlink("/proc/self/exe", self, sizeof self - 1);
  self[n < 0 ? 0 : n] = 0;
  char *av[] = {self, "child", 0};
  char *ev[] = {"A=1", "B=2", 0};
  block_sigchld();
  int s;
  long p = vfork();
  if (p == 0) {
    syscall(SYS_execve, self, av, ev);
    syscall(SYS_exit, 126);
  }
  syscall(SYS_wait4, p, &s, 0, 0);
  p = vfork();
  if (p == 0) {
    syscall(SYS_execve, "/nonexistent-lzp-h9", av, ev);
    syscall(SYS_exit, 127);
  }
  syscall(SYS_wait4, p, &s, 0, 0);
  return 0;
}
