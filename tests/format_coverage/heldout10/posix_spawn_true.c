// posix_spawn of /bin/true with file actions (an open of /dev/null as fd 5, a dup2, a close) and attributes (a signal mask, a new process group, default SIGINT), then posix_spawnp of a name not on PATH (the child's execs fail; 127), waitpid for each. PATH is set first. (Under -f strace itself prints a child's execve whole or split from run to run: the -f variant traces exit_group only.)
// compare-options:
// compare-options: -e trace=%process
// compare-options: -f -e trace=exit_group -e signal=none
#include "h10.h"
#include <spawn.h>
#include <sys/wait.h>
extern char **environ;
int main(void) {
  sigset_t blk;  // SIGCHLD blocked: its arrival would race the parent's calls
  sigemptyset(&blk);
  sigaddset(&blk, SIGCHLD);
  sigprocmask(SIG_BLOCK, &blk, 0);
  posix_spawn_file_actions_t fa;
  posix_spawnattr_t at;
  sigset_t s;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 5, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&fa, 5, 6);
  posix_spawn_file_actions_addclose(&fa, 5);
  posix_spawnattr_init(&at);
  sigemptyset(&s);
  sigaddset(&s, SIGUSR1);
  posix_spawnattr_setsigmask(&at, &s);
  sigemptyset(&s);
  sigaddset(&s, SIGINT);
  posix_spawnattr_setsigdefault(&at, &s);
  posix_spawnattr_setpgroup(&at, 0);
  posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);
  char *argv[] = {"true", "x", 0};
  pid_t p;
  int st;
  if (posix_spawn(&p, "/bin/true", &fa, &at, argv, environ) == 0) waitpid(p, &st, 0);
  setenv("PATH", "/tmp/lzp-h10-none:/tmp/lzp-h10-nothing", 1);
  char *env[] = {"PATH=/tmp/lzp-h10-none", 0};
  char *argv2[] = {"lzp-no-such-prog", 0};
  if (posix_spawnp(&p, "lzp-no-such-prog", 0, 0, argv2, env) == 0) waitpid(p, &st, 0);
  return 0;
}
