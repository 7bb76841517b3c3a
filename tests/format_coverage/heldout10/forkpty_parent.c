// forkpty: the parent's half (openpty, fork, the slave closed) and waitpid for a child that runs login_tty (setsid, TIOCSCTTY, dup2s) and exits 4 (its lines untraced without -f); the master read until EIO.
// compare-options:
// compare-options: -yy -e trace=!brk
// compare-options: -e trace=%process,ioctl,close,read,munmap
#include "h10.h"
#include <pty.h>
#include <sys/wait.h>
int main(void) {
  sigset_t blk;  // SIGCHLD blocked: its arrival would race the parent's calls
  sigemptyset(&blk);
  sigaddset(&blk, SIGCHLD);
  sigprocmask(SIG_BLOCK, &blk, 0);
  int m, st;
  char b[64];
  pid_t p = forkpty(&m, 0, 0, 0);
  if (p == 0) _exit(4);
  waitpid(p, &st, 0);
  read(m, b, sizeof b);
  close(m);
  return 0;
}
