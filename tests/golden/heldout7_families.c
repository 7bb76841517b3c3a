// Golden program for what the eighth format-coverage set
// (tests/format_coverage/heldout7/) found: ptrace's answers on a child of
// its own (PEEK cells, PEEKUSER's unaligned offset, GETSIGINFO,
// GETEVENTMSG, GETSIGMASK/SETSIGMASK, GETREGSET's registers), statx's
// times by their stx_mask bits and a device's stx_size, SO_LINGER cut at 4 bytes and SO_ERROR by name, SOL_IP
// control messages and an unknown cmsg level, recvmmsg's msg_namelen as
// given and as returned, SIOCATMARK's cell, SIOCGIFCONF's ifreq array (lo's) and its length query, TCFLSH's and io_uring_enter's
// unknown values, io_uring_register's probe and files, pipe2's pair and setgroups' list cut at -s, and under -v
// execve's environment, 40 iovecs and getdents' entries. argv[1]: a
// directory of the program's own.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <elf.h>
#include <fcntl.h>
#include <linux/io_uring.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <net/if.h>
#include <sys/ioctl.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

static volatile unsigned long word = 0x1234abcdUL;

// A child that asks to be traced and stops itself; returned once stopped.
static int stopped_tracee(void) {
  int pid = fork();
  if (pid != 0) return waitpid(pid, 0, 0) == pid ? pid : -1;
  ptrace(PTRACE_TRACEME, 0, 0, 0);
  raise(SIGSTOP);
  _exit(0);
}

static void ptrace_answers(void) {
  int pid = stopped_tracee(), st;
  siginfo_t si;
  unsigned long v;
  unsigned long long mask = 1ULL << (SIGUSR1 - 1);
  char regs[512];
  struct iovec io = {regs, 16};
  syscall(SYS_ptrace, PTRACE_GETSIGINFO, pid, 0, &si);
  syscall(SYS_ptrace, PTRACE_PEEKDATA, pid, &word, &v);
  syscall(SYS_ptrace, PTRACE_PEEKUSER, pid, 3, &v);
  syscall(SYS_ptrace, PTRACE_GETEVENTMSG, pid, 0, &v);
  syscall(SYS_ptrace, PTRACE_SETSIGMASK, pid, 8, &mask);
  syscall(SYS_ptrace, PTRACE_GETSIGMASK, pid, 8, &mask);
  syscall(SYS_ptrace, PTRACE_GETSIGMASK, pid, 4, &mask);
  syscall(SYS_ptrace, PTRACE_GETREGSET, pid, NT_PRSTATUS, &io);
  syscall(SYS_ptrace, PTRACE_KILL, pid, 0, 0);
  syscall(SYS_wait4, pid, &st, 0, 0);
}

static void sockets(void) {
  int sp[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, sp);
  struct linger lg = {1, 30};
  setsockopt(sp[0], SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
  int v[2];
  socklen_t l = 4;
  syscall(SYS_getsockopt, sp[0], SOL_SOCKET, SO_LINGER, v, &l);
  syscall(SYS_ioctl, sp[0], SIOCATMARK, v);
  /* SIOCGIFCONF with room for one ifreq: lo's, the first interface, always there */
  struct ifreq lo_only[1];
  struct ifconf ic = {.ifc_len = sizeof lo_only, .ifc_req = lo_only};
  syscall(SYS_ioctl, sp[0], SIOCGIFCONF, &ic);
  ic.ifc_req = NULL;  /* the length query: no array */
  syscall(SYS_ioctl, sp[0], SIOCGIFCONF, &ic);
  int closed = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  bind(closed, (struct sockaddr *)&a, sizeof a);
  l = sizeof a;
  getsockname(closed, (struct sockaddr *)&a, &l);
  int c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  connect(c, (struct sockaddr *)&a, sizeof a);
  struct pollfd p = {c, POLLOUT, 0};
  poll(&p, 1, -1);
  l = 4;
  syscall(SYS_getsockopt, c, SOL_SOCKET, SO_ERROR, v, &l);
  // SOL_IP control messages on loopback UDP.
  int r = socket(AF_INET, SOCK_DGRAM, 0);
  a.sin_port = 0;
  bind(r, (struct sockaddr *)&a, sizeof a);
  l = sizeof a;
  getsockname(r, (struct sockaddr *)&a, &l);
  int one = 1;
  setsockopt(r, SOL_IP, IP_PKTINFO, &one, sizeof one);
  setsockopt(r, SOL_IP, IP_RECVTTL, &one, sizeof one);
  setsockopt(r, SOL_IP, IP_RECVTOS, &one, sizeof one);
  int w = socket(AF_INET, SOCK_DGRAM, 0);
  sendto(w, "x", 1, 0, (struct sockaddr *)&a, sizeof a);
  char data[8], ctl[256];
  struct iovec io = {data, sizeof data};
  struct msghdr m = {.msg_iov = &io, .msg_iovlen = 1, .msg_control = ctl, .msg_controllen = sizeof ctl};
  syscall(SYS_recvmsg, r, &m, 0);
  // An unknown control message level.
  struct cmsghdr* h = (struct cmsghdr*)ctl;
  memset(ctl, 0, sizeof ctl);
  h->cmsg_len = CMSG_LEN(4);
  h->cmsg_level = 300;
  h->cmsg_type = 77;
  m.msg_controllen = CMSG_SPACE(4);
  io.iov_len = 1;
  syscall(SYS_sendmsg, sp[0], &m, 0);
  // recvmmsg: msg_namelen as given and as the kernel set it.
  int d = socket(AF_UNIX, SOCK_DGRAM, 0), e = socket(AF_UNIX, SOCK_DGRAM, 0);
  struct sockaddr_un dn = {.sun_family = AF_UNIX}, en = {.sun_family = AF_UNIX};
  memcpy(dn.sun_path, "\0lzp-golden-h7-d", 16);
  memcpy(en.sun_path, "\0lzp-golden-h7-e", 16);
  bind(d, (struct sockaddr *)&dn, 2 + 16);
  bind(e, (struct sockaddr *)&en, 2 + 16);
  sendto(e, "one", 3, 0, (struct sockaddr *)&dn, 2 + 16);
  struct sockaddr_un from;
  struct mmsghdr mm = {.msg_hdr = {.msg_name = &from, .msg_namelen = sizeof from, .msg_iov = &io, .msg_iovlen = 1}};
  io.iov_len = sizeof data;
  syscall(SYS_recvmmsg, d, &mm, 1, MSG_DONTWAIT, 0);
}

static void files(const char* dir) {
  char path[4096];
  snprintf(path, sizeof path, "%s/h7", dir);
  mkdir(path, 0700);
  snprintf(path, sizeof path, "%s/h7/file", dir);
  close(open(path, O_CREAT | O_WRONLY, 0600));
  struct statx sx;
  syscall(SYS_statx, AT_FDCWD, path, 0, STATX_TYPE | STATX_SIZE, &sx);
  syscall(SYS_statx, AT_FDCWD, "/dev/null", 0, STATX_BASIC_STATS, &sx);
  snprintf(path, sizeof path, "%s/h7", dir);
  int fd = open(path, O_RDONLY | O_DIRECTORY);
  char buf[4096];
  syscall(SYS_getdents64, fd, buf, sizeof buf);
  syscall(SYS_getdents64, fd, buf, sizeof buf);
  close(fd);
  snprintf(path, sizeof path, "%s/h7/file", dir);
  unlink(path);
  snprintf(path, sizeof path, "%s/h7", dir);
  rmdir(path);
}

static void arrays(void) {
  int p[2];
  syscall(SYS_pipe2, p, 0);
  gid_t g[3] = {1000, 1001, 1002};
  syscall(SYS_setgroups, 3, g);
  struct iovec io[40];
  for (int i = 0; i < 40; i++) io[i] = (struct iovec){"ab", 2};
  syscall(SYS_writev, p[1], io, 40);
  char* argv[] = {"one", 0};
  char* envp[] = {"A=1", "B=two", 0};
  syscall(SYS_execve, "/nonexistent/lzp-golden-h7", argv, envp);
}

static void unknown_values(void) {
  int m = posix_openpt(O_RDWR | O_NOCTTY);
  syscall(SYS_ioctl, m, TCFLSH, 7);
  syscall(SYS_io_uring_enter, -1, 0, 0, 0x80, 0, 0);
  close(m);
  struct io_uring_params params;
  memset(&params, 0, sizeof params);
  int ring = syscall(SYS_io_uring_setup, 2, &params);
  char probe[16 + 4 * 8] = {0};
  syscall(SYS_io_uring_register, ring, IORING_REGISTER_PROBE, probe, 4);
  int fds[2] = {0, -1};
  syscall(SYS_io_uring_register, ring, IORING_REGISTER_FILES, fds, 2);
  close(ring);
}

int main(int argc, char** argv) {
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, 0);
  ptrace_answers();
  sockets();
  files(argc > 1 ? argv[1] : "/tmp");
  arrays();
  unknown_values();
  return 0;
}
