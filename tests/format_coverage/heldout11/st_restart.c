// SA_RESTART in a static program: a read on a pipe interrupted by SIGUSR1 from a forked child (the child waits until the parent sleeps) is restarted (read ... = ? ERESTARTSYS, the signal, rt_sigreturn, the read again); a second read, without SA_RESTART, ends with EINTR.
// compare-build: -static
// compare-options: -e trace=!open,pread64
// compare-options: -e trace=read,kill -e signal=SIGUSR2
#include "../heldout9/sync.h"
#include <sys/mman.h>
#include <sys/wait.h>
static volatile int *flag;  // shared with the child: 1 once the handler ran, 2 once the first read returned
static void on(int s) { (void)s; *flag = 1; }
int main(void) {
  int p[2];
  pipe(p);
  flag = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on;
  sa.sa_flags = SA_RESTART;
  sigaction(SIGUSR1, &sa, 0);
  sa.sa_flags = 0;
  sigaction(SIGUSR2, &sa, 0);
  block_sigchld();  // (the child's SIGCHLD races the parent's wait4 in strace)
  long me = syscall(SYS_getpid);
  long c = syscall(SYS_fork);
  if (c == 0) {
    wait_sleeping(me);
    syscall(SYS_kill, me, SIGUSR1);
    while (*flag != 1) ;
    wait_sleeping(me);
    syscall(SYS_write, p[1], "x", 1);
    while (*flag != 2) ;
    wait_sleeping(me);
    syscall(SYS_kill, me, SIGUSR2);
    syscall(SYS_exit_group, 0);
  }
  char b[4];
  read(p[0], b, 1);
  *flag = 2;
  read(p[0], b, 1);
  int s;
  wait4(c, &s, 0, 0);
  return 0;
}
