// daemon(3): the traced process forks and _exits 0 at once (its child, the daemon, untraced without -f: setsid, chdir("/"), /dev/null on 0-2); daemon(1, 1) keeps cwd and fds. The -f variant traces only calls the daemon makes after it has waited for its parent to go.
// compare-options:
// compare-options: -e trace=%process -e signal=none
// compare-options: -i -e trace=exit_group,clone,munmap
#include "h10.h"
int main(void) {
  sigset_t blk;  // SIGCHLD blocked: the daemon may end before its parent
  sigemptyset(&blk);
  sigaddset(&blk, SIGCHLD);
  sigprocmask(SIG_BLOCK, &blk, 0);
  chdir("/tmp");
  daemon(0, 0);
  // the daemon: its parent has exited; nothing more to show
  return 0;
}
