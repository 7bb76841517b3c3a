/* Golden program for -X raw and -X verbose (--const-print-style): the
 * constants strace prints differently in each style — flags with known and
 * unknown bits, enums with and without a name, AT_FDCWD, signals and signal
 * sets, si_code, ioctl requests, struct fields (st_mode, st_dev, sa_family,
 * ports and addresses, rlimits), fields strace prints apart (socket's type,
 * clone's exit signal) — and what it leaves alone (errno names, F_GETFL's and
 * prctl's annotations, the "--- SIGUSR1" header). */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <linux/futex.h>
#include <linux/ioprio.h>
#include <poll.h>
#include <sys/fanotify.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <linux/keyctl.h>
#include <sys/ipc.h>
#include <sys/ptrace.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <termios.h>
#include <unistd.h>

static void on_usr1(int sig) { (void)sig; }

int main(void) {
  int fd = openat(AT_FDCWD, "/etc/passwd", O_RDONLY | O_CLOEXEC);
  openat(AT_FDCWD, "/nonexistent/const_styles", O_WRONLY | O_CREAT | 0x40000000, 0644);
  syscall(SYS_openat, 12345, "relative", O_RDONLY);
  lseek(fd, 0, SEEK_END);
  lseek(fd, 0, 77);
  void* p = mmap(NULL, 4096, PROT_READ | PROT_WRITE | 0x100, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  munmap(p, 4096);
  fcntl(fd, F_GETFD);
  fcntl(fd, F_SETFD, FD_CLOEXEC);
  fcntl(fd, F_GETFL);
  fcntl(fd, 999);
  struct winsize w;
  ioctl(fd, TIOCGWINSZ, &w);
  ioctl(fd, 0x12345678, 0);
  prctl(PR_GET_DUMPABLE);
  prctl(9999, 0, 0, 0, 0);
  access("/", R_OK | W_OK);
  access("/", F_OK);
  struct stat st;
  fstat(fd, &st);
  fstatat(AT_FDCWD, "/", &st, AT_SYMLINK_NOFOLLOW);
  syscall(SYS_mknodat, AT_FDCWD, "/nonexistent/const_styles_node", S_IFCHR | 0600, makedev(1, 3));
  syscall(SYS_mknodat, AT_FDCWD, "/nonexistent/const_styles_fifo", S_IFIFO | S_ISVTX | 0640, 0);
  close(fd);

  /* Sockets: domain, type and its flags apart, protocol; address fields. */
  int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, IPPROTO_UDP);
  struct sockaddr_in in4 = {0};
  in4.sin_family = AF_INET;
  in4.sin_port = htons(0x4142);
  in4.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  connect(s, (struct sockaddr*)&in4, sizeof in4);
  int one = 1;
  setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  close(s);
  s = socket(AF_INET6, SOCK_DGRAM, 0);
  struct sockaddr_in6 in6 = {0};
  in6.sin6_family = AF_INET6;
  in6.sin6_port = htons(80);
  in6.sin6_flowinfo = htonl(5);
  in6.sin6_addr = in6addr_loopback;
  connect(s, (struct sockaddr*)&in6, sizeof in6);
  close(s);
  s = socket(AF_UNIX, SOCK_STREAM, 0);
  struct sockaddr_un un = {0};
  un.sun_family = AF_UNIX;
  strcpy(un.sun_path, "/nonexistent/const_styles_socket");
  connect(s, (struct sockaddr*)&un, sizeof un);
  close(s);
  socket(99, 77, 0);

  /* Limits: a number, a multiple of 1024, RLIM_INFINITY. */
  struct rlimit rl = {1000, RLIM_INFINITY};
  prlimit(0, RLIMIT_CORE, &rl, NULL);
  rl.rlim_cur = 8192 * 1024;
  prlimit(0, RLIMIT_STACK, &rl, NULL);
  prlimit(0, 77, NULL, NULL);

  /* Signals: an action with a mask, a blocked set, a full set, a signal
   * delivered to a handler (its siginfo), kill with 0. */
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sigemptyset(&sa.sa_mask);
  sigaddset(&sa.sa_mask, SIGINT);
  sigaddset(&sa.sa_mask, SIGTERM);
  sa.sa_flags = SA_RESTART;
  sigaction(SIGUSR1, &sa, NULL);
  sigset_t set, old;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGRTMIN + 2);
  sigprocmask(SIG_BLOCK, &set, &old);
  sigfillset(&set);
  sigprocmask(SIG_SETMASK, &set, NULL);
  sigprocmask(SIG_SETMASK, &old, NULL);
  syscall(SYS_kill, getpid(), SIGUSR1);
  syscall(SYS_kill, getpid(), 0);
  syscall(SYS_tgkill, getpid(), gettid(), 0);
  fcntl(0, F_SETSIG, SIGIO);
  fcntl(0, F_SETSIG, 0);
  prctl(PR_SET_PDEATHSIG, SIGHUP);
  int dead = 0;
  prctl(PR_GET_PDEATHSIG, &dead);
  prctl(PR_SET_PDEATHSIG, 0);

  /* Values strace's decoders name by hand: handlers, I/O priorities, the
   * huge page size in mmap's flags, utimensat's special times, control
   * messages, IPC_PRIVATE, the futex bitset, the ptracer, FAN_NOFD; memfd's
   * unknown bits (strace repeats them under verbose). */
  signal(SIGPIPE, SIG_IGN);
  signal(SIGPIPE, SIG_DFL);
  syscall(SYS_ioprio_set, IOPRIO_WHO_PROCESS, 0, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4));
  syscall(SYS_ioprio_get, IOPRIO_WHO_PROCESS, 0);
  mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB | (21 << MAP_HUGE_SHIFT), -1, 0);
  struct timespec times[2] = {{1, UTIME_NOW}, {2, UTIME_OMIT}};
  utimensat(AT_FDCWD, "/nonexistent/const_styles", times, 0);
  int pair[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, pair);
  char control[CMSG_SPACE(sizeof(int))];
  memset(control, 0, sizeof control);
  struct iovec iov = {"x", 1};
  struct msghdr msg = {0};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = control;
  msg.msg_controllen = sizeof control;
  struct cmsghdr* cmsg = CMSG_FIRSTHDR(&msg);
  cmsg->cmsg_level = SOL_SOCKET;
  cmsg->cmsg_type = SCM_RIGHTS;
  cmsg->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(cmsg), &(int){0}, sizeof(int));
  sendmsg(pair[0], &msg, MSG_DONTWAIT | MSG_NOSIGNAL);
  struct pollfd polled = {pair[1], POLLIN | POLLOUT, 0};
  poll(&polled, 1, 0);
  flock(pair[0], LOCK_EX | LOCK_NB);
  shutdown(pair[0], SHUT_RDWR);
  close(pair[0]);
  close(pair[1]);
  wait4(-1, NULL, WNOHANG | __WALL, NULL);
  shmget(IPC_PRIVATE, 0, 0600);
  uint32_t word = 0;
  syscall(SYS_futex, &word, FUTEX_WAIT_BITSET_PRIVATE, 1, NULL, NULL, FUTEX_BITSET_MATCH_ANY);
  prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY);
  syscall(SYS_fanotify_mark, -1, FAN_MARK_ADD, FAN_OPEN, -1, "/");
  syscall(SYS_memfd_create, "const_styles", 0xf0);
  syscall(SYS_memfd_create, "const_styles", 0xf4);
  syscall(SYS_access, "/", 0x80);
  uint32_t other = 0;  /* FUTEX_OP's parts: a known and an unknown operation, the oparg shift */
  syscall(SYS_futex, &word, FUTEX_WAKE_OP_PRIVATE, 1, 1, &other, FUTEX_OP(FUTEX_OP_ADD, 1, FUTEX_OP_CMP_GT, 0));
  syscall(SYS_futex, &word, FUTEX_WAKE_OP_PRIVATE, 1, 1, &other, FUTEX_OP(5, 0xfff, FUTEX_OP_CMP_GE, 0xfff));
  syscall(SYS_futex, &word, FUTEX_WAKE_OP_PRIVATE, 1, 1, &other, FUTEX_OP(FUTEX_OP_OPARG_SHIFT | FUTEX_OP_ADD, 3, 4, 1));
  syscall(SYS_ptrace, PTRACE_PEEKUSER, 999999, 0, &word);  /* user offsets: 0 (NULL), 8*R14 */
  syscall(SYS_ptrace, PTRACE_PEEKUSER, 999999, 8, &word);
  struct rusage usage;
  getrusage(RUSAGE_CHILDREN, &usage);
  syscall(SYS_keyctl, KEYCTL_SET_REQKEY_KEYRING, 99);
  syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, KEY_SPEC_SESSION_KEYRING - 10, 0);
  syscall(SYS_mknodat, AT_FDCWD, "/nonexistent/const_styles_plain", 0644, 0);
  syscall(SYS_mknodat, AT_FDCWD, "/nonexistent/const_styles_bad", 0170777, 0);

  /* Clone's exit signal kept apart from its flags, and alone: calls the
   * kernel refuses (CLONE_SIGHAND without CLONE_VM; CLONE_THREAD without
   * CLONE_SIGHAND), so no child's timing enters the trace. */
  syscall(SYS_clone, CLONE_SIGHAND | CLONE_FS | SIGCHLD, 0, 0, 0, 0);
  syscall(SYS_clone, CLONE_THREAD | SIGUSR2, 0, 0, 0, 0);
  syscall(SYS_clone, CLONE_SIGHAND, 0, 0, 0, 0);
  return 0;
}
