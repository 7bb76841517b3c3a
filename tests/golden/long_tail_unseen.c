// tests/golden/long_tail_unseen.c — the families heldout3 (tests/format_coverage/heldout3/)
// found printed differently, one call or a few of each, as fixed: futex by
// operation (timeouts, FUTEX_WAKE_OP's encoding), AF_INET6 addresses by
// length and scope, multicast membership structs, SO_BINDTODEVICE's bytes,
// a failed sendmmsg, sendfile's offset, get_robust_list's cells, kexec
// flags, userfaultfd's ioctls, siginfo values by code, rt_sigpending's size,
// rt_sigtimedwait's signal, TCFLSH/TCXONC, swapon's priority, ustat's device,
// unknown-bit comments, unimplemented calls' registers, getxattr's value,
// struct file_handle, ARCH_GET_FS's cell, modify_ldt's widened error.
// Every call is harmless when run as root: the privileged ones fail.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <asm/prctl.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <linux/userfaultfd.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static void futexes(void) {
  static uint32_t f = 1, g = 0;
  struct timespec ts = {0, 1000};
  syscall(SYS_futex, &f, FUTEX_WAIT, 0, &ts, NULL, 0);
  syscall(SYS_futex, &f, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 0, &ts, NULL, 0xff);
  syscall(SYS_futex, &f, FUTEX_CMP_REQUEUE_PRIVATE, 1, 2, &g, 1);
  syscall(SYS_futex, &f, FUTEX_WAKE_OP, 1, 3, &g, (8u << 28) | (2u << 28) | (5 << 12) | (3u << 24) | 0x20);
  syscall(SYS_futex, &f, FUTEX_WAKE_OP, 1, 3, &g, 0xffffffffu);
  syscall(SYS_futex, &g, FUTEX_LOCK_PI2, 5, &ts, 7, 8);
  syscall(SYS_futex, &g, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
  syscall(SYS_futex, &f, FUTEX_WAKE_BITSET, 1, 2, &g, 9);
  syscall(SYS_futex, &f, 99, 5, 0x20, 0x30, 0x40);
}

static void sockets(void) {
  int s = socket(AF_INET6, SOCK_DGRAM, 0);
  struct sockaddr_in6 a;
  memset(&a, 0, sizeof a);
  a.sin6_family = AF_INET6; a.sin6_port = htons(1); a.sin6_flowinfo = htonl(5);
  inet_pton(AF_INET6, "fe80::1", &a.sin6_addr); a.sin6_scope_id = 1;
  connect(s, (struct sockaddr*)&a, sizeof a);
  connect(s, (struct sockaddr*)&a, 24);
  connect(s, (struct sockaddr*)&a, 8);
  inet_pton(AF_INET6, "::1", &a.sin6_addr);
  connect(s, (struct sockaddr*)&a, sizeof a);
  struct ipv6_mreq m6;
  memset(&m6, 0, sizeof m6);
  inet_pton(AF_INET6, "ff02::fb", &m6.ipv6mr_multiaddr);
  setsockopt(s, IPPROTO_IPV6, IPV6_ADD_MEMBERSHIP, &m6, sizeof m6);
  int t = socket(AF_INET, SOCK_DGRAM, 0);
  struct ip_mreq mr;
  inet_pton(AF_INET, "224.0.0.251", &mr.imr_multiaddr); mr.imr_interface.s_addr = htonl(INADDR_LOOPBACK);
  setsockopt(t, IPPROTO_IP, IP_ADD_MEMBERSHIP, &mr, sizeof mr);
  setsockopt(t, IPPROTO_IP, IP_DROP_MEMBERSHIP, &mr, 6);
  setsockopt(t, SOL_SOCKET, SO_BINDTODEVICE, "lo", 3);
  setsockopt(t, 999, 1, &mr, sizeof mr);
  syscall(SYS_socket, AF_INET, SOCK_STREAM, 1234);
  struct iovec v = {"one", 3};
  struct mmsghdr mm[2];
  memset(mm, 0, sizeof mm);
  mm[0].msg_hdr.msg_iov = &v; mm[0].msg_hdr.msg_iovlen = 1; mm[1] = mm[0];
  sendmmsg(-1, mm, 2, 0);
}

static void files(void) {
  int p[2];
  pipe(p);
  int f = open("/tmp/lzp-golden-unseen", O_RDWR | O_CREAT | O_TRUNC, 0600);
  write(f, "0123456789", 10);
  off_t off = 2;
  syscall(SYS_sendfile, p[1], f, &off, 4);
  syscall(SYS_fsetxattr, f, "user.unseen", "\0\0\0\0", 4, 0);
  char b[16];
  syscall(SYS_fgetxattr, f, "user.unseen", b, sizeof b);
  syscall(SYS_open, "/tmp/lzp-golden-unseen", 3);
  syscall(SYS_close_range, 100, 99, 0);
  syscall(SYS_close_range, 100, 200, 0x80);
  char ub[32];
  syscall(SYS_ustat, 0x801, ub);
  syscall(SYS_swapon, "/nonexistent-golden/swap", 0x30000);
  syscall(SYS_swapon, "/nonexistent-golden/swap", 3);
  close(f);
  unlink("/tmp/lzp-golden-unseen");
  int m = open("/dev/ptmx", O_RDWR | O_NOCTTY);
  ioctl(m, TCFLSH, TCIOFLUSH);
  ioctl(m, TCXONC, TCOON);
}

static void kernel(void) {
  void* head; size_t len;
  syscall(SYS_get_robust_list, 0, &head, &len);
  syscall(SYS_kexec_load, 0, 0, NULL, 0x3e0003);
  syscall(SYS_kexec_load, 0, 0, NULL, 0x30008);
  syscall(SYS_kexec_file_load, -1, -1, 5, "abc", 0x1f);
  int u = syscall(SYS_userfaultfd, O_CLOEXEC);
  syscall(SYS_userfaultfd, 0x12);
  struct uffdio_api api = {.api = UFFD_API, .features = 0};
  ioctl(u, UFFDIO_API, &api);
  struct uffdio_register r = {.range = {0x10000, 4096}, .mode = 0x10};
  ioctl(u, UFFDIO_REGISTER, &r);
  struct uffdio_range rr = {0x10000, 4096};
  ioctl(u, UFFDIO_WAKE, &rr);
  syscall(SYS_create_module, "m", 100);
  syscall(SYS_tuxcall, 1, 2, 3);
  syscall(SYS_lookup_dcookie, 1, NULL, 0);
  unsigned long fs_base;
  syscall(SYS_arch_prctl, ARCH_GET_FS, &fs_base);  // (not GS: the interposer keeps its own GS base)
  syscall(SYS_modify_ldt, 7, NULL, 0);
  int st;
  syscall(SYS_wait4, -1, &st, WNOHANG | __WCLONE | __WALL, NULL);
}

static void handles(void) {
  struct file_handle* h = malloc(sizeof *h + 300);
  int mount_id;
  h->handle_bytes = 128;
  syscall(SYS_name_to_handle_at, AT_FDCWD, "/", h, &mount_id, 0);
  h->handle_bytes = 0;
  syscall(SYS_name_to_handle_at, AT_FDCWD, "/", h, &mount_id, 0);
  syscall(SYS_name_to_handle_at, AT_FDCWD, "/nonexistent-golden", h, &mount_id, 0);
  syscall(SYS_open_by_handle_at, -1, h, O_RDONLY);
  h->handle_bytes = 300;
  syscall(SYS_open_by_handle_at, -1, h, O_RDONLY | O_CLOEXEC);
}

static void signals(void) {
  sigset_t s;
  sigemptyset(&s); sigaddset(&s, SIGUSR1); sigaddset(&s, SIGRTMIN + 2);
  sigprocmask(SIG_BLOCK, &s, NULL);
  int codes[] = {SI_ASYNCIO, SI_SIGIO, SI_DETHREAD, -50};
  struct timespec ts = {0, 0};
  for (int i = 0; i < 4; ++i) {
    siginfo_t si;
    memset(&si, 0, sizeof si);
    si.si_signo = SIGUSR1; si.si_code = codes[i]; si.si_value.sival_int = 9; si.si_uid = 0;
    syscall(SYS_rt_sigqueueinfo, getpid(), SIGUSR1, &si);
    if (i == 0) {
      sigset_t p;
      syscall(SYS_rt_sigqueueinfo, getpid(), SIGRTMIN + 2, &si);
      syscall(SYS_rt_sigpending, &p, 4);
      syscall(SYS_rt_sigtimedwait, &s, NULL, &ts, 8);
    }
    siginfo_t got;
    syscall(SYS_rt_sigtimedwait, &s, &got, &ts, 8);
  }
}

int main(void) {
  futexes();
  sockets();
  files();
  kernel();
  handles();
  signals();
  return 0;
}
