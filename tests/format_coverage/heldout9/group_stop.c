// A group stop under -f: the child stops itself with SIGSTOP (--- SIGSTOP ... --- and --- stopped by SIGSTOP ---); the parent (SIGCHLD blocked, so no line races) sees it stopped and kills it with SIGKILL (+++ killed by SIGKILL +++), then reaps it (WIFSIGNALED). (A SIGCONT instead is not deterministic under strace: one sent before strace lets the stop listen is lost.)
// compare-options: -f -e trace=!open,pread64,close_range
// compare-options: -e trace=!open,pread64,close_range
#include "sync.h"
#include <sys/mman.h>
#include <sys/wait.h>
// In a group stop: state T, or t (a ptrace stop) in the job-control trap
// (ptrace_do_notify called from get_signal; a ptrace event stop comes from a
// syscall path, a signal-delivery stop has no ptrace_do_notify).
static int stopped(long pid) {
  char path[64], b[2048];
  snprintf(path, sizeof path, "/proc/%ld/stat", pid);
  int fd = syscall(SYS_open, path, O_RDONLY);
  snprintf(path, sizeof path, "/proc/%ld/stack", pid);
  int sfd = syscall(SYS_open, path, O_RDONLY);
  int r = 0;
  long n = syscall(SYS_pread64, fd, b, sizeof b - 1, 0);
  b[n > 0 ? n : 0] = 0;
  char *p = strrchr(b, ')');
  if (p && p[2] == 'T') r = 1;
  else if (p && p[2] == 't') {
    n = syscall(SYS_pread64, sfd, b, sizeof b - 1, 0);
    b[n > 0 ? n : 0] = 0;
    char *q = strstr(b, "ptrace_do_notify");
    r = q && strstr(q, "get_signal");
  }
  syscall(SYS_close_range, fd, fd > sfd ? fd : sfd, 0);
  return r;
}
int main(void) {
  volatile int *flag = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  block_sigchld();
  int s;
  long p = syscall(SYS_fork);
  if (p == 0) {
    while (!*flag) ;
    syscall(SYS_getppid);
    syscall(SYS_kill, syscall(SYS_getpid), SIGSTOP);
    syscall(SYS_exit_group, 1);
  }
  *flag = 1;
  while (!stopped(p)) ;
  syscall(SYS_kill, p, SIGKILL);
  wait_zombie(p);
  syscall(SYS_wait4, p, &s, WUNTRACED, 0);
  return 0;
}
