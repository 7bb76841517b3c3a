/* Golden program for what heldout10 fixed (tests/format_coverage/heldout10/).
 * With a directory argument, one process: an fd mapped with mmap (in strace's
 * %desc), statfs of /proc (f_fsid, an array cut at -s), a child made with
 * clone3 (CLONE_PARENT_SETTID: its struct, and its address under -e
 * verbose=none) reaped with waitid(P_PIDFD) on a pidfd (-y shows it), then
 * files for -P in the directory: rename there and back (strace matches
 * rename by its first path only), a symlink to the file (its target does not
 * count), openat through a directory fd and open through the symlink (the
 * fd a call returns does not count), reads on those fds (they count).
 * With "fork": a child killed by SIGTERM while its parent sleeps in wait4;
 * run with -f -qq (+++ killed by +++ stays, +++ exited with +++ goes).
 * SIGCHLD is blocked throughout; tasks wait for each other through /proc. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/* Spins until task `tid` is asleep in a call ('S') or gone. */
static void wait_sleeping(long tid) {
  char path[64], b[512];
  snprintf(path, sizeof path, "/proc/%ld/stat", tid);
  int fd = open(path, O_RDONLY);
  for (;;) {
    long n = pread(fd, b, sizeof b - 1, 0);
    if (n <= 0) break;
    b[n] = 0;
    char* p = strrchr(b, ')');
    if (p && p[2] == 'S') break;
  }
  close(fd);
}

static void one_process(const char* given) {
  char dir[400];  /* without a trailing '/': TempDir() ends in one */
  snprintf(dir, sizeof dir, "%s", given);
  size_t n = strlen(dir);
  while (n > 1 && dir[n - 1] == '/') dir[--n] = 0;
  int z = open("/dev/zero", O_RDONLY);
  void* m = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, z, 0);
  munmap(m, 4096);
  close(z);
  struct statfs sf;
  statfs("/proc", &sf);
  pid_t tid = 0;
  struct clone_args ca;
  memset(&ca, 0, sizeof ca);
  ca.flags = CLONE_PARENT_SETTID;
  ca.parent_tid = (uintptr_t)&tid;
  ca.exit_signal = SIGCHLD;
  long child = syscall(SYS_clone3, &ca, sizeof ca);
  if (child == 0) syscall(SYS_exit_group, 0);
  int pidfd = syscall(SYS_pidfd_open, child, 0);
  siginfo_t si;
  memset(&si, 0, sizeof si);  /* waitid leaves si_utime/si_stime as they were */
  syscall(SYS_waitid, P_PIDFD, pidfd, &si, WEXITED, NULL);
  close(pidfd);
  char file[512], moved[512], link[512];
  snprintf(file, sizeof file, "%s/h10-file", dir);
  snprintf(moved, sizeof moved, "%s/h10-moved", dir);
  snprintf(link, sizeof link, "%s/h10-link", dir);
  int fd = open(file, O_CREAT | O_RDWR | O_TRUNC, 0600);
  write(fd, "abcd", 4);
  rename(file, moved);
  rename(moved, file);
  symlink(file, link);
  int d = open(dir, O_RDONLY | O_DIRECTORY);
  int a = openat(d, "h10-file", O_RDONLY);
  char b[4];
  read(a, b, 2);
  close(a);
  a = open(link, O_RDONLY);
  pread(a, b, 2, 1);
  close(a);
  close(d);
  close(fd);
  unlink(link);
  unlink(file);
}

static void killed_child(void) {
  long me = getpid();
  pid_t p = fork();
  if (p == 0) {
    wait_sleeping(me);
    kill(getpid(), SIGTERM);
    _exit(1);
  }
  int st;
  wait4(p, &st, 0, NULL);
}

int main(int argc, char** argv) {
  sigset_t s;
  sigemptyset(&s);
  sigaddset(&s, SIGCHLD);
  sigprocmask(SIG_BLOCK, &s, NULL);
  if (argc > 1 && strcmp(argv[1], "fork") == 0) killed_child();
  else if (argc > 1) one_process(argv[1]);
  return 0;
}
