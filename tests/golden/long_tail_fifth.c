// tests/golden/long_tail_fifth.c — what heldout5 (tests/format_coverage/heldout5/)
// found printed differently, one call or a few of each, as fixed: the
// "/* X_??? */" comment after flags with no known bit (faccessat2, flock,
// getrandom, mremap, setns, renameat2, sa_flags, ss_flags, clock_nanosleep and
// timer_settime) and an unknown SCM_ type; MADV_COLLAPSE; memfd's huge page
// size; two MSG_ flags; the wait options in strace's order; every epoll event
// bit; a scheduling policy with no name; mremap's new address only with
// MAYMOVE and FIXED; a time with no local date; a receive buffer shown no
// further than its length after MSG_TRUNC; execve's arrays (40 elements, an
// unreadable string, an array running into an unmapped page, an unterminated
// environment); arrays cut by an unmapped page (iovec, pollfd, gid_t,
// io_submit's pointers) and arrays longer than -s; a NULL iov_base; a CPU
// mask longer than the kernel's; a path longer than PATH_MAX; negative
// address lengths. argv[1]: a directory to write in. Every call is harmless
// when run as root.
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define BAD ((void*)0xbad0000)

struct ksigaction { unsigned long handler, flags, restorer, mask; };

// A page whose next page is unmapped: arrays placed at its end run into it.
static char* PageBeforeAHole(void) {
  char* m = (char*)syscall(SYS_mmap, NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_munmap, m + 4096, 4096);
  memset(m, 0, 4096);
  return m;
}

static void UnknownFlagBits(const char* dir) {
  char path[4096];
  snprintf(path, sizeof path, "%s/fifth-file", dir);
  syscall(SYS_faccessat2, AT_FDCWD, path, R_OK, 0x1);
  syscall(SYS_flock, -1, 0x100);
  syscall(SYS_getrandom, NULL, 0, 0x8);
  syscall(SYS_mremap, BAD, 4096, 4096, 0x8, BAD);
  syscall(SYS_setns, -1, 0x1);
  syscall(SYS_renameat2, AT_FDCWD, path, AT_FDCWD, path, 0x8);
  struct ksigaction a = {(unsigned long)SIG_DFL, 0x101c00, 0, 0};
  syscall(SYS_rt_sigaction, SIGUSR1, &a, NULL, 8);
  stack_t s = {BAD, 0x10, 65536};
  syscall(SYS_sigaltstack, &s, NULL);
  struct timespec zero = {0, 0};
  syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0x2, &zero, NULL);
  struct itimerspec its = {{0, 0}, {0, 0}};
  syscall(SYS_timer_settime, 0, 0x2, &its, NULL);
}

static void NamesAndOrders(void) {
  syscall(SYS_madvise, BAD, 4096, 25);  // MADV_COLLAPSE
  syscall(SYS_memfd_create, "h", (21 << 26) | 0x20);
  syscall(SYS_memfd_create, "h", 0x4 | (21 << 26) | 0x20);
  syscall(SYS_sendto, -1, "x", 1, 0x20000 | 0x80000, NULL, 0);
  siginfo_t si;
  syscall(SYS_waitid, P_ALL, 0, &si, 0x1 | 0x2 | 0x4 | 0x8 | 0x1000000 | 0x20000000 | 0x40000000 | 0x80000000UL, NULL);
  syscall(SYS_wait4, -1, NULL, 0x20000000 | 0x4 | 0x1, NULL);
  struct epoll_event ev = {~0U, {.u64 = 1}};
  syscall(SYS_epoll_ctl, -1, EPOLL_CTL_ADD, -1, &ev);
  ev.events = 0x100000;
  syscall(SYS_epoll_ctl, -1, EPOLL_CTL_ADD, -1, &ev);
  struct sched_param sp = {0};
  syscall(SYS_sched_setscheduler, 0, SCHED_OTHER | SCHED_RESET_ON_FORK, &sp);
  syscall(SYS_sched_getscheduler, 0);
  syscall(SYS_sched_setscheduler, 0, SCHED_OTHER, &sp);
  syscall(SYS_sched_getscheduler, 0);
  syscall(SYS_mremap, BAD, 4096, 4096, MREMAP_FIXED, BAD);
  syscall(SYS_mremap, BAD, 4096, 4096, MREMAP_FIXED | MREMAP_MAYMOVE, BAD);
}

static void DatesAndBuffers(const char* dir) {
  char path[4096];
  snprintf(path, sizeof path, "%s/fifth-file", dir);
  int f = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
  struct timespec t[2] = {{0x7fffffffffffffffL, 0}, {-1, 999999999}};
  syscall(SYS_utimensat, AT_FDCWD, path, t, 0);
  close(f);
  unlink(path);
  int sv[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
  syscall(SYS_sendto, sv[0], "0123456789", 10, 0, NULL, 0);
  char b[4];
  syscall(SYS_recvfrom, sv[1], b, sizeof b, MSG_TRUNC, NULL, NULL);
  union { char b[CMSG_SPACE(sizeof(int))]; struct cmsghdr align; } control;
  memset(&control, 0, sizeof control);
  struct iovec v = {"y", 1};
  struct msghdr m = {NULL, 0, &v, 1, control.b, sizeof control.b, 0};
  struct cmsghdr* c = CMSG_FIRSTHDR(&m);
  c->cmsg_len = CMSG_LEN(sizeof(int));
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = 77;  // no SCM_ type
  syscall(SYS_sendmsg, sv[0], &m, 0);
  struct sockaddr_un to = {AF_UNIX, "nowhere"};
  syscall(SYS_connect, sv[0], &to, -1);
  syscall(SYS_sendto, sv[0], "x", 1, 0, &to, -2);
}

static void ExecveArrays(char* hole) {
  const char* p = "/nonexistent-fifth/prog";
  static char names[40][4];
  char* many[41];
  for (int i = 0; i < 40; i++) {
    snprintf(names[i], sizeof names[i], "a%02d", i);
    many[i] = names[i];
  }
  many[40] = NULL;
  char* env[] = {"A=1", NULL};
  syscall(SYS_execve, p, many, env);
  char* bad[] = {"x", BAD, "y", NULL};
  syscall(SYS_execve, p, bad, env);
  char** tail = (char**)(hole + 4096 - 2 * sizeof(char*));
  tail[0] = "x";
  tail[1] = "y";
  syscall(SYS_execve, p, tail, env);
  syscall(SYS_execve, p, env, tail);
  syscall(SYS_execveat, AT_FDCWD, p, tail, tail, 0);
}

static void CutArrays(char* hole) {
  int n = open("/dev/null", O_WRONLY);
  struct iovec w[3] = {{NULL, 0}, {"", 0}, {"tail", 4}};
  syscall(SYS_writev, n, w, 3);
  struct iovec* v = (struct iovec*)(hole + 4096 - sizeof(struct iovec));
  v->iov_base = "abc";
  v->iov_len = 3;
  syscall(SYS_writev, n, v, 2);
  struct pollfd* e = (struct pollfd*)(hole + 4096 - sizeof(struct pollfd));
  e->fd = n;
  e->events = POLLOUT;
  syscall(SYS_poll, e, 2, 0);
  static struct pollfd many[64];
  for (int i = 0; i < 64; i++) many[i].fd = -1;
  struct timespec zero = {0, 0};
  syscall(SYS_ppoll, many, 40, &zero, NULL, 8);
  syscall(SYS_setgroups, 3, hole + 4096 - 8);
  syscall(SYS_io_submit, 0, 2, hole + 4096 - 8);  // a NULL iocb pointer, then the hole
  close(n);
}

static void LongValues(void) {
  static unsigned char all[512];
  memset(all, 0xff, sizeof all);
  syscall(SYS_sched_setaffinity, 0, 512, all);  // the kernel takes the CPUs it has
  static char path[5001];
  memset(path, 'p', 5000);
  path[0] = '/';
  syscall(SYS_access, path, F_OK);
  path[4095] = 0;
  syscall(SYS_access, path, F_OK);
}

int main(int argc, char** argv) {
  const char* dir = argc > 1 ? argv[1] : "/tmp";
  char* hole = PageBeforeAHole();
  UnknownFlagBits(dir);
  NamesAndOrders();
  DatesAndBuffers(dir);
  ExecveArrays(hole);
  CutArrays(hole);
  LongValues();
  return 0;
}
