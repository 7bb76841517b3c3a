// The long tail of strace's format, one family after another: socket
// option lengths, AIO events, futex_waitv's waiters, failed readv, kcmp's
// indexes by type, perf_event_open's E2BIG size, fcntl's seals and signals,
// poll's events, pselect6's sets and sigmask, a too-long host name, sigsets
// of the wrong size, flags with no known name (statx, unshare, setns,
// pidfd_open, accept4, netlink, pkey_alloc), AF_PACKET's ethertype, an
// open_how too short to read, rseq and arch_prctl's argument counts, mmap's
// map type and huge page size, mincore's vector, MSG_PROBE, msgrcv's flags,
// io_uring_enter's flags and io_uring_register's opcodes, memfd_secret,
// fanotify_init's unknown class, semop's sembufs.
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <linux/kcmp.h>
#include <linux/openat2.h>
#include <linux/perf_event.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/inotify.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

struct waiter { uint64_t val, uaddr; uint32_t flags, reserved; };

int main(void) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  long long w = 0x0102030405060701;
  socklen_t l = 2;
  setsockopt(s, SOL_SOCKET, SO_KEEPALIVE, &w, 2);
  setsockopt(s, SOL_SOCKET, SO_KEEPALIVE, &w, 6);
  getsockopt(s, SOL_SOCKET, SO_KEEPALIVE, &w, &l);
  l = 2;
  getsockopt(s, SOL_SOCKET, SO_TYPE, &w, &l);
  setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &w, 3);
  l = 0;
  getsockopt(s, IPPROTO_TCP, TCP_INFO, &w, &l);

  aio_context_t ctx = 0;
  char buf[8];
  struct iocb cb;
  struct iocb* cbs[1] = {&cb};
  struct io_event ev[4];
  int zero = open("/dev/zero", O_RDONLY);
  syscall(SYS_io_setup, 2, &ctx);
  memset(&cb, 0, sizeof cb);
  cb.aio_data = 7;
  cb.aio_fildes = zero;
  cb.aio_lio_opcode = IOCB_CMD_PREAD;
  cb.aio_buf = (uintptr_t)buf;
  cb.aio_nbytes = sizeof buf;
  struct timespec second = {1, 0};
  if (syscall(SYS_io_submit, ctx, 1, cbs) == 1) syscall(SYS_io_getevents, ctx, 1, 4, ev, &second);
  syscall(SYS_io_cancel, ctx, &cb, ev);
  syscall(SYS_io_destroy, ctx);
  syscall(SYS_io_destroy, 0);

  uint32_t word = 1;
  struct waiter waiters[2] = {{0, (uintptr_t)&word, 2 | 128, 0}, {5, (uintptr_t)&word, 2, 0}};
  syscall(449 /* futex_waitv */, waiters, 2, 0, NULL, CLOCK_MONOTONIC);
  syscall(449, waiters, 0, 0, NULL, CLOCK_MONOTONIC);

  struct iovec v[2] = {{buf, 4}, {buf + 4, 4}};
  readv(-1, v, 2);
  preadv(-1, v, 1, 8);

  pid_t me = getpid();
  syscall(SYS_kcmp, me, me, KCMP_FILE, zero, zero);  // 0: the same file (an order between two would be random)
  syscall(SYS_kcmp, me, me, KCMP_VM, 0, 0);
  syscall(SYS_kcmp, me, me, KCMP_FILE, -1, -2);

  char attr[256];
  memset(attr, 0, sizeof attr);
  struct perf_event_attr* a = (struct perf_event_attr*)attr;
  a->type = PERF_TYPE_SOFTWARE;
  a->config = PERF_COUNT_SW_DUMMY;
  a->size = 240;
  attr[239] = 1;
  syscall(SYS_perf_event_open, a, 0, -1, -1, 0);

  int m = memfd_create("golden", MFD_ALLOW_SEALING);
  fcntl(m, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW);
  fcntl(m, F_SETSIG, SIGUSR1);
  fcntl(m, F_SETSIG, 0);
  fcntl(m, F_GETLEASE);

  int p[2];
  pipe(p);
  write(p[1], "x", 1);
  struct pollfd f[3] = {{p[0], POLLIN | POLLRDHUP}, {-1, POLLIN}, {p[1], POLLOUT | 0x1000}};
  poll(f, 3, 0);
  fd_set r, wr;
  FD_ZERO(&r);
  FD_SET(p[1], &r);
  struct timespec none = {0, 0};
  struct { const sigset_t* mask; size_t size; } mask_arg = {NULL, 8};
  syscall(SYS_pselect6, p[1], &r, NULL, NULL, &none, &mask_arg);  // p[1] is not below nfds
  FD_ZERO(&wr);
  FD_SET(p[1], &wr);
  syscall(SYS_pselect6, p[1] + 1, &wr, &wr, NULL, &none, NULL);  // one set written twice: 1 fd counted
  syscall(SYS_sethostname, "too-long", 100);  // refused unread

  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR1);
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, NULL, 4);
  syscall(SYS_signalfd4, -1, &set, 4, 0);

  epoll_create1(0x10);
  inotify_init1(0x10);
  unlinkat(AT_FDCWD, "no-such-file", 0x4);
  dup3(p[0], 40, 0x1);
  pipe2(p, O_CLOEXEC | O_DIRECT);
  memfd_create("bad", 0x40);
  timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
  msync(NULL, 0, MS_SYNC | MS_INVALIDATE);
  stack_t st = {0};
  st.ss_flags = SS_DISABLE | 0x10;
  sigaltstack(&st, NULL);
  syscall(SYS_umask, 0777022);
  struct statx sx;
  statx(AT_FDCWD, "/", AT_STATX_FORCE_SYNC | AT_STATX_DONT_SYNC | AT_EMPTY_PATH, STATX_TYPE, &sx);
  struct open_how how = {O_RDONLY, 0, RESOLVE_NO_SYMLINKS};
  syscall(SYS_openat2, AT_FDCWD, "/", &how, 8);  // shorter than any open_how: unread
  syscall(SYS_unshare, 0x80000000UL);            // CLONE_IO, which unshare does not take
  syscall(SYS_setns, -1, CLONE_NEWNET | CLONE_NEWUTS);
  syscall(SYS_pidfd_open, -1, 0x10);
  accept4(-1, NULL, NULL, 0x10);
  socket(AF_NETLINK, SOCK_RAW, 99);
  socket(AF_PACKET, SOCK_DGRAM, htons(0x0806));  /* ETH_P_ARP */
  syscall(SYS_pkey_alloc, 0, 0xff);
  syscall(SYS_rseq, NULL, 0, 0xff, 0);
  syscall(SYS_arch_prctl, 0x1011 /* ARCH_GET_CPUID */, 0);
  mmap(NULL, 4096, PROT_READ, MAP_ANONYMOUS, -1, 0);        // no map type: MAP_FILE
  mmap(NULL, 4096, PROT_READ, 0x7 | MAP_ANONYMOUS, -1, 0);  // an unknown one
  mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | (21 << 26), -1, 0);  // a huge page size, no fd
  unsigned char resident[4];
  char* pages = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  pages[0] = pages[4096] = 1;  // both resident, whatever the huge page policy
  mincore(pages, 5000, resident);
  send(-1, "x", 1, 0x10 /* the kernel's MSG_PROBE, glibc's MSG_PROXY */ | MSG_DONTWAIT);
  syscall(SYS_msgrcv, -1, NULL, 0, 0, MSG_NOERROR | IPC_NOWAIT);
  syscall(SYS_semctl, -1, 0, GETVAL, 0);
  struct sembuf ops[2] = {{0, -1, IPC_NOWAIT | SEM_UNDO}, {65535, -32768, 0x7fff}};
  semop(-1, ops, 2);
  semop(-1, ops, 0);
  syscall(SYS_io_uring_enter, -1, 1, 1, 0xff, NULL, 8);
  syscall(SYS_io_uring_register, -1, 8 /* IORING_REGISTER_PROBE */, NULL, 0);
  syscall(SYS_io_uring_register, -1, 999, NULL, 0);
  syscall(SYS_memfd_secret, 0xff);
  syscall(SYS_fanotify_init, 0xff, 0);
  return 0;
}
