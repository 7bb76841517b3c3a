/* Golden program: memory, signals, processes and identity syscalls. */
#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/file.h>
#include <grp.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <sys/times.h>
#include <sys/vfs.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

static void on_usr1(int sig) { (void)sig; }

int main(void) {
  void* m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  mprotect(m, 4096, PROT_READ);
  madvise(m, 8192, MADV_DONTNEED);
  munmap(m, 8192);
  struct sigaction sa;
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = on_usr1;
  sigemptyset(&sa.sa_mask);
  sigaddset(&sa.sa_mask, SIGINT);
  sa.sa_flags = SA_RESTART;
  sigaction(SIGUSR1, &sa, NULL);
  struct sigaction old;
  sigaction(SIGUSR1, NULL, &old);
  sigset_t set, prev;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR2);
  sigaddset(&set, SIGTERM);
  sigprocmask(SIG_BLOCK, &set, &prev);
  sigprocmask(SIG_SETMASK, &prev, NULL);
  kill(getpid(), SIGUSR1);
  struct rlimit rl;
  getrlimit(RLIMIT_NOFILE, &rl);
  prlimit(0, RLIMIT_CORE, NULL, &rl);
  struct utsname u;
  uname(&u);
  struct timespec ts = {0, 1000000};
  nanosleep(&ts, NULL);
  /* A handler for SIGCHLD: without one the signal is ignored by default and
   * an in-process tracer cannot see it (docs/architecture.md). */
  signal(SIGCHLD, on_usr1);
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, NULL);  /* delivered at the unblock below, whatever the timing */
  pid_t child = fork();
  if (child == 0) _exit(3);
  int status;
  waitpid(child, &status, 0);
  sigprocmask(SIG_UNBLOCK, &chld, NULL);
  getuid();
  geteuid();
  getgid();
  syscall(SYS_getppid);
  /* Resource reports (run-to-run numbers are normalised by the test). */
  struct sched_param param;
  sched_getparam(0, &param);
  sched_setscheduler(0, SCHED_OTHER, &param);
  struct tms tms;
  times(&tms);
  struct sysinfo info;
  sysinfo(&info);
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  struct statfs fs;
  statfs("/proc", &fs);
  fstatfs(1, &fs);
  /* File times: a date comment per timestamp, none for zero, names for the
   * special nanosecond values, none for an invalid one. */
  struct timespec file_times[2] = {{1700000000, 123}, {0, UTIME_NOW}};
  utimensat(AT_FDCWD, "/nonexistent", file_times, 0);
  struct timespec odd_times[2] = {{0, UTIME_OMIT}, {0, 0}};
  utimensat(AT_FDCWD, "/nonexistent", odd_times, 0);
  struct timespec bad_times[2] = {{5, 2000000000}, {-1, 0}};
  utimensat(AT_FDCWD, "/nonexistent", bad_times, 0);
  struct timeval old_times[2] = {{1700000000, 5}, {7, 0}};
  syscall(SYS_utimes, "/nonexistent", old_times);
  /* Values with no name: strace's "0x7 /* SEEK_??? *\/" comments. */
  syscall(SYS_lseek, 0, 0, 7);
  syscall(SYS_madvise, 0, 0, 999);
  syscall(SYS_getrlimit, 99, 0);
  syscall(SYS_socket, AF_UNIX, SOCK_STREAM | 0x10, 0);
  syscall(SYS_wait4, -1, 0, 0x100, 0);
  syscall(SYS_access, "/", 0x40);
  syscall(SYS_mprotect, 0, 0, PROT_READ | 0x100);
  syscall(SYS_clock_getres, 99, 0);
  syscall(SYS_flock, 0, LOCK_SH | 128);
  /* Group lists and CPU masks: only the part the kernel filled is shown. */
  gid_t groups[8], new_groups[3] = {0, 4, 24};
  getgroups(0, groups);
  setgroups(3, new_groups);
  getgroups(8, groups);
  cpu_set_t cpus;
  sched_getaffinity(0, sizeof cpus, &cpus);
  CPU_ZERO(&cpus);
  CPU_SET(0, &cpus);
  sched_setaffinity(0, sizeof cpus, &cpus);
  sched_getaffinity(0, 8, &cpus);
  /* prctl options print only the arguments they take. */
  prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
  prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
  prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
  prctl(PR_SET_DUMPABLE, 7, 0, 0, 0);
  prctl(PR_CAPBSET_READ, 5, 0, 0, 0);
  prctl(PR_CAPBSET_READ, 99, 0, 0, 0);
  prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
  prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  prctl(0x270f, 0, 0, 0, 0);
  struct statx sx;
  statx(AT_FDCWD, "/", 0, STATX_ALL | STATX_MNT_ID, &sx);
  /* NUMA policies: modes, node masks as strace's "%#016lx" words. */
  unsigned long nodes[3] = {1, 0, 0};
  int policy = -1;
  syscall(SYS_get_mempolicy, &policy, nodes, 129, NULL, 0);
  syscall(SYS_set_mempolicy, 2 /* MPOL_BIND */ | 0x8000 /* MPOL_F_STATIC_NODES */, nodes, 65);
  syscall(SYS_set_mempolicy, 0, NULL, 0);
  syscall(SYS_get_mempolicy, NULL, NULL, 0, NULL, 4 /* MPOL_F_MEMS_ALLOWED */);
  syscall(SYS_getgroups, 0, NULL);
  uid_t ruid, euid, suid;
  getresuid(&ruid, &euid, &suid);
  gid_t rgid, egid, sgid;
  getresgid(&rgid, &egid, &sgid);
  sched_getscheduler(0);
  /* Capabilities (version probe, v1, v3) and scheduling attributes. */
  struct { uint32_t version; int pid; } cap_header = {0, 0};
  struct { uint32_t effective, permitted, inheritable; } cap_data[2];
  syscall(SYS_capget, &cap_header, NULL);
  cap_header.version = 0x19980330;
  syscall(SYS_capget, &cap_header, cap_data);
  cap_header.version = 0x20080522;
  syscall(SYS_capget, &cap_header, cap_data);
  syscall(SYS_capset, &cap_header, cap_data);
  uint32_t sched_attr[14] = {0};
  syscall(SYS_sched_getattr, 0, sched_attr, sizeof(sched_attr), 0);
  sched_attr[0] = 48;
  syscall(SYS_sched_setattr, 0, sched_attr, 0);
  /* prctl through its second argument, time() dated, huge-page mmap flags, timers. */
  prctl(PR_SET_NAME, "golden-1", 0, 0, 0);
  char comm[16];
  prctl(PR_GET_NAME, comm, 0, 0, 0);
  prctl(PR_SET_PDEATHSIG, SIGTERM, 0, 0, 0);
  int deathsig;
  prctl(PR_GET_PDEATHSIG, &deathsig, 0, 0, 0);
  time_t now;
  syscall(SYS_time, &now);
  syscall(SYS_time, NULL);
  mmap(NULL, 2 << 20, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB | (21 << 26), -1, 0);
  timer_t timer;
  struct sigevent ev;
  memset(&ev, 0, sizeof(ev));
  ev.sigev_notify = SIGEV_SIGNAL;
  ev.sigev_signo = SIGUSR2;
  ev.sigev_value.sival_int = 5;
  timer_create(CLOCK_MONOTONIC, &ev, &timer);
  timer_delete(timer);
  ev.sigev_notify = SIGEV_NONE;
  ev.sigev_value.sival_int = 0;
  timer_create(CLOCK_REALTIME, &ev, &timer);
  timer_delete(timer);
  return 0;
}
