// Children killed by SIGSEGV and SIGABRT: with RLIMIT_CORE 0 (no core), with a 1 MiB limit in the program's own directory (the machine's pattern `core` writes ./core: `(core dumped)`, WCOREDUMP), and with PR_SET_DUMPABLE 0 (no core).
// compare-options: -f -e trace=!open,pread64
// compare-options: -e trace=!open,pread64
#include "sync.h"
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
static void child(long parent, long core, int dumpable, int sig) {
  long p = syscall(SYS_fork);
  if (p == 0) {
    wait_sleeping(parent);
    struct rlimit r = {core, core};
    syscall(SYS_setrlimit, RLIMIT_CORE, &r);
    if (!dumpable) syscall(SYS_prctl, PR_SET_DUMPABLE, 0, 0, 0, 0);
    syscall(SYS_kill, syscall(SYS_getpid), sig);
    syscall(SYS_exit_group, 1);
  }
  int s;
  syscall(SYS_wait4, p, &s, 0, 0);
}
int main(void) {
  long me = syscall(SYS_getpid);
  syscall(SYS_mkdir, "/tmp/lzp-h9-core", 0700);
  syscall(SYS_chdir, "/tmp/lzp-h9-core");
  child(me, 0, 1, SIGSEGV);
  child(me, 1 << 20, 1, SIGSEGV);
  syscall(SYS_unlink, "core");
  child(me, 1 << 20, 1, SIGABRT);
  syscall(SYS_unlink, "core");
  child(me, 1 << 20, 0, SIGQUIT);
  syscall(SYS_unlink, "core");
  syscall(SYS_chdir, "/");
  syscall(SYS_rmdir, "/tmp/lzp-h9-core");
  return 0;
}
