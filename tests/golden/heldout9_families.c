/* Golden program for what heldout9 fixed (tests/format_coverage/heldout9/).
 * Without an argument, one process: clone3 with CLONE_PIDFD|CLONE_PARENT_SETTID
 * (the pidfd and tid written back), getppid three times (for inject
 * retval=/when=), nanosleep, clock_nanosleep, clock_getres and arch_prctl
 * (the %clock and %process sets), kill of its own child; then the leader
 * exit()s while a thread ends the process with exit_group(0).
 * With "fork": a child whose getppid calls an injection counts from 0 (as
 * its parent's), and a child killed by SIGKILL while it reads a pipe (its
 * read cut short). Run with -f for that one. SIGCHLD is blocked throughout,
 * and every task waits for the others through /proc (no sleeping). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Spins until task `tid` is asleep in a call ('S'), a zombie ('Z') or gone. */
static void wait_state(long tid, const char* states) {
  char path[64], b[512];
  snprintf(path, sizeof path, "/proc/%ld/stat", tid);
  int fd = open(path, O_RDONLY);
  for (;;) {
    long n = pread(fd, b, sizeof b - 1, 0);
    if (n < 0) break;
    if (n == 0) continue;
    b[n] = 0;
    char* p = strrchr(b, ')');
    if (p && strchr(states, p[2])) break;
  }
  close(fd);
}

static char stack[65536] __attribute__((aligned(64)));
static long leader;
static int last_thread(void* arg) {
  (void)arg;
  wait_state(leader, "Z");
  syscall(SYS_exit_group, 0);
  return 0;
}

static void one_process(void) {
  int pidfd = -1, tid = 0;
  struct clone_args a;
  memset(&a, 0, sizeof a);
  a.flags = CLONE_PIDFD | CLONE_PARENT_SETTID;
  a.pidfd = (uintptr_t)&pidfd;
  a.parent_tid = (uintptr_t)&tid;
  a.exit_signal = SIGCHLD;
  long child = syscall(SYS_clone3, &a, sizeof a);
  if (child == 0) syscall(SYS_exit_group, 0);
  siginfo_t si;
  syscall(SYS_waitid, P_PIDFD, pidfd, &si, WEXITED, 0);
  close(pidfd);
  for (int i = 0; i < 3; i++) syscall(SYS_getppid);
  struct timespec t = {0, 1};
  syscall(SYS_nanosleep, &t, 0);
  syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &t, 0);
  syscall(SYS_clock_getres, CLOCK_REALTIME, &t);
  unsigned long fs;
  syscall(SYS_arch_prctl, 0x1003 /* ARCH_GET_FS */, &fs);
  leader = syscall(SYS_getpid);
  clone(last_thread, stack + sizeof stack, CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM, 0);
  syscall(SYS_exit, 0);
}

static void forks(void) {
  volatile int* flag = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  long me = syscall(SYS_getpid);
  int s, pfd[2];
  syscall(SYS_getppid);
  syscall(SYS_getppid);
  long p = syscall(SYS_fork);
  if (p == 0) {
    wait_state(me, "S");
    for (int i = 0; i < 3; i++) syscall(SYS_getppid);
    syscall(SYS_exit_group, 0);
  }
  syscall(SYS_wait4, p, &s, 0, 0);
  syscall(SYS_pipe2, pfd, 0);
  p = syscall(SYS_fork);
  if (p == 0) {
    char c;
    while (!*flag) {
    }
    syscall(SYS_read, pfd[0], &c, 1);
    syscall(SYS_exit_group, 1);
  }
  *flag = 1;
  wait_state(p, "S");
  syscall(SYS_kill, p, SIGKILL);
  wait_state(p, "Z");
  syscall(SYS_wait4, p, &s, 0, 0);
}

int main(int argc, char** argv) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGCHLD);
  sigprocmask(SIG_BLOCK, &set, 0);
  if (argc > 1 && strcmp(argv[1], "fork") == 0) forks();
  else one_process();
  return 0;
}
