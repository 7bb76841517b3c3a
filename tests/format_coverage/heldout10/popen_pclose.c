// popen("exit 3", "r") and popen(cmd, "w") (a pipe and a /bin/sh child each; the parent reads or writes its end), pclose's wait4 and status. (Under -f strace itself prints the child's execve whole or split from run to run: no -f variant.)
// compare-options:
// compare-options: -X raw -e trace=%process,pipe2,munmap
// compare-options: -yy -e trace=pipe2,close,read,write,wait4,munmap
#include "h10.h"
int main(void) {
  sigset_t blk;  // SIGCHLD blocked: its arrival would race the parent's calls
  sigemptyset(&blk);
  sigaddset(&blk, SIGCHLD);
  sigprocmask(SIG_BLOCK, &blk, 0);
  char b[16];
  FILE *f = popen("exit 3", "r");
  if (f) { fread(b, 1, sizeof b, f); pclose(f); }
  f = popen("cat >/dev/null", "w");
  if (f) { fputs("to the child\n", f); pclose(f); }
  return 0;
}
