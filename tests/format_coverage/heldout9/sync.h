// sync.h — what the heldout9 programs share (a header: compare.py compiles
// only *.c). Ordering between tasks under -f is made deterministic without
// sleeping: a task that must act only once another is blocked in a call
// spins on pread64 of /proc/TID/stat (opened with the legacy open(2)) until
// that task's state is 'S'. Every variant hides open and pread64
// (-e trace=!open,pread64), so the spin's varying count never shows.
// Tasks are made with the raw fork/vfork/clone syscalls or glibc's clone()
// (no pthread: its start-up calls race the creator's).
#define _GNU_SOURCE
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
// Spin until task `tid`'s state is one of `states` (or it is gone).
static void wait_state(long tid, const char *states) {
  char path[64], b[512];
  snprintf(path, sizeof path, "/proc/%ld/stat", tid);
  int fd = syscall(SYS_open, path, O_RDONLY);
  for (;;) {
    long n = syscall(SYS_pread64, fd, b, sizeof b - 1, 0);
    if (n < 0) break;  // the task is gone
    if (n == 0) continue;
    b[n] = 0;
    char *p = strrchr(b, ')');
    if (p && p[2] && strchr(states, p[2])) break;
  }
}
// Asleep in a call (or stopped, or a zombie).
static void wait_sleeping(long tid) { wait_state(tid, "STZ"); }
// A zombie: exited, not yet reaped.
static void wait_zombie(long tid) { wait_state(tid, "Z"); }
// Spin until the task is gone (reaped: under a tracer, after the tracer saw its end).
static void wait_gone(long tid) {
  char path[64], b[512];
  snprintf(path, sizeof path, "/proc/%ld/stat", tid);
  int fd = syscall(SYS_open, path, O_RDONLY);
  while (fd >= 0 && syscall(SYS_pread64, fd, b, sizeof b, 0) > 0) ;
}
// Block SIGCHLD (a continued child notifies its parent whenever it next runs,
// so the SIGCHLD line would race the parent's next call).
static void block_sigchld(void) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGCHLD);
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, 0, 8);
}
// A handler that does nothing for `sig`, through glibc's sigaction() (its
// restorer), without SA_RESTART.
static void ignore_signal(int s) { (void)s; }
static void catch_signal(int sig) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = ignore_signal;
  sigaction(sig, &sa, 0);
}
// A task started with glibc's clone() sharing the address space; its stack.
static char thread_stacks[4][65536] __attribute__((aligned(64)));
#define STACK_TOP(i) (thread_stacks[i] + sizeof thread_stacks[i])
#define THREAD_FLAGS (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM)
