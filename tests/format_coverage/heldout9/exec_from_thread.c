// execve from a non-leader thread while the leader sleeps in read: the leader's read is cut short (strace: `+++ superseded by execve +++`), the thread's execve runs the same program again with an argument, which exits with 6 at once.
// compare-options: -f -e trace=!open,pread64
// compare-options: -e trace=!open,pread64
#include "sync.h"
static long leader;
static int pfd[2];
static char self[256];
static int body(void *a) {
  wait_sleeping(leader);
  char *argv[] = {self, "again", 0};
  char *envp[] = {"LZP_H9=1", 0};
  syscall(SYS_execve, self, argv, envp);
  syscall(SYS_exit, 1);
  return 0;
}
int main(int argc, char **argv) {
  if (argc > 1) {
    syscall(SYS_munmap, 0, 0);
    syscall(SYS_getpid);
    syscall(SYS_exit_group, 6);
  }
  long n = readlink("/proc/self/exe", self, sizeof self - 1);
  self[n < 0 ? 0 : n] = 0;
  leader = syscall(SYS_getpid);
  syscall(SYS_pipe2, pfd, 0);
  clone(body, STACK_TOP(0), THREAD_FLAGS, 0);
  char c;
  syscall(SYS_read, pfd[0], &c, 1);
  return 0;
}
