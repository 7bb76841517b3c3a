// wait4, waitid: a child that exits 3, no children (ECHILD), bad idtype and options, WNOHANG.
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
  siginfo_t si;
  int st;
  syscall(SYS_waitid, P_ALL, 0, &si, WEXITED | WNOHANG, NULL);
  syscall(SYS_wait4, -1, &st, WNOHANG | __WALL, NULL);
  syscall(SYS_waitid, 9, 0, &si, WEXITED, NULL);
  syscall(SYS_waitid, P_ALL, 0, &si, 0, NULL);
  syscall(SYS_wait4, -1, &st, 0x4000000, NULL);
  pid_t c = fork();
  if (c == 0) _exit(3);
  syscall(SYS_wait4, c, &st, 0, NULL);
  c = fork();
  if (c == 0) { raise(SIGTERM); _exit(0); }
  syscall(SYS_wait4, c, &st, __WCLONE | __WALL, NULL);
  return 0;
}
