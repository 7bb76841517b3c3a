// Golden program for what the seventh format-coverage set
// (tests/format_coverage/heldout6/) found: prctl's sub-commands and
// getters, keyctl's newer commands, arch_prctl's AMX permission calls,
// clone3's tail (a page of it) and a clone_args cut by an unmapped page, futex and flag tables strace 6.1 names
// differently (eventfd2, open_tree, name_to_handle_at, mount_setattr,
// fsmount, move_pages, timerfd_settime, fanotify masks, io_uring_setup,
// sem_flg, F_GET_SEALS' result), socket levels and options (SOL_UDPLITE,
// unknown levels, IPV6_JOIN_ANYCAST, empty TCP_REPAIR_OPTIONS), ioctl names,
// accept4 without an address, mq_open's long name, a setxattr value past
// XATTR_SIZE_MAX, siginfo without a signal and SIGIO's band, node masks
// of maxnode 1 and ending at an unmapped page. Every call is made as a row
// of a table, so each family's cases read as data.
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/futex.h>
#include <linux/sched.h>
#include <netinet/in.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#define BAD 0xbad0000UL

struct call { long nr; unsigned long a[6]; };

static void run(const struct call* calls, unsigned n) {
  for (unsigned i = 0; i < n; i++)
    syscall(calls[i].nr, calls[i].a[0], calls[i].a[1], calls[i].a[2], calls[i].a[3], calls[i].a[4], calls[i].a[5]);
}
#define RUN(table) run(table, sizeof(table) / sizeof(table[0]))

int main(void) {
  static int cell, futex_word;
  static char anon_name[] = "golden-vma";
  static struct { int private_key, prime, base; } dh = {-4, 7, 9};
  static char caps[4], restrict_type[] = "keyring", restrict_how[] = "builtin_trusted";
  char* area = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  munmap(area + 4096, 4096);
  unsigned long* mask_end = (unsigned long*)(area + 4096 - 8);
  *mask_end = 3;
  static unsigned long big_mask[64] = {0x5, [40] = 0x80};
  static int page_status[2] = {7, 7};
  int memfd = syscall(SYS_memfd_create, "golden", MFD_ALLOW_SEALING);
  const struct call prctls[] = {
      {SYS_prctl, {35, 7, BAD, 0, 0}},            // PR_SET_MM, PR_SET_MM_BRK
      {SYS_prctl, {35, 42, 0, 0, 0}},             // an unknown PR_SET_MM field
      {SYS_prctl, {47, 1, 21, 0, 0}},             // PR_CAP_AMBIENT_IS_SET, CAP_SYS_ADMIN
      {SYS_prctl, {47, 4, 0, 0, 0}},              // PR_CAP_AMBIENT_CLEAR_ALL
      {SYS_prctl, {0x59616d61, 12345, 0, 0, 0}},  // PR_SET_PTRACER (no such pid)
      {SYS_prctl, {52, 2, 0, 0, 0}},              // PR_GET_SPECULATION_CTRL, PR_SPEC_L1D_FLUSH
      {SYS_prctl, {53, 0, 8, 0, 0}},              // PR_SET_SPECULATION_CTRL (refused)
      {SYS_prctl, {0x53564d41, 0, (unsigned long)area, 4096, (unsigned long)anon_name}},
      {SYS_prctl, {0x53564d41, 0, (unsigned long)area, 4096, BAD}},
      {SYS_prctl, {62, 0, 0, 2, (unsigned long)&cell}},  // PR_SCHED_CORE_GET, PIDTYPE_PGID
      {SYS_prctl, {34, 0, 0, 0, 0}},              // PR_MCE_KILL_GET
      {SYS_prctl, {33, 1, 1, 0, 0}},              // PR_MCE_KILL_SET (refused: not a per-thread policy here)
      {SYS_prctl, {33, 0, 9, 0, 0}},              // PR_MCE_KILL_CLEAR with a stray argument
      {SYS_prctl, {42, 0, 0, 0, 0}},              // PR_GET_THP_DISABLE
      {SYS_prctl, {46, 0, 0, 0, 0}},              // PR_GET_FP_MODE
      {SYS_prctl, {45, 1, 0, 0, 0}},              // PR_SET_FP_MODE
      {SYS_prctl, {25, (unsigned long)&cell, 0, 0, 0}},  // PR_GET_TSC
      {SYS_prctl, {5, (unsigned long)&cell, 0, 0, 0}},   // PR_GET_UNALIGN
  };
  RUN(prctls);
  const struct call keys[] = {
      {SYS_keyctl, {23, (unsigned long)&dh, (unsigned long)caps, sizeof caps, 0}},  // KEYCTL_DH_COMPUTE
      {SYS_keyctl, {24, 0x7ffffff0, 0, (unsigned long)"enc=raw", BAD}},           // KEYCTL_PKEY_QUERY
      {SYS_keyctl, {26, 0, (unsigned long)"enc=raw", BAD, BAD}},                  // KEYCTL_PKEY_DECRYPT
      {SYS_keyctl, {29, 0x7ffffff0, (unsigned long)restrict_type, (unsigned long)restrict_how}},
      {SYS_keyctl, {30, 0x7ffffff0, -3UL, -2UL, 0}},                              // KEYCTL_MOVE
      {SYS_keyctl, {31, (unsigned long)caps, 1}},                                 // KEYCTL_CAPABILITIES
  };
  RUN(keys);
  unsigned long long features;
  const struct call arch[] = {
      {SYS_arch_prctl, {0x1022, (unsigned long)&features}},  // ARCH_GET_XCOMP_PERM
      {SYS_arch_prctl, {0x1023, 1}},                        // ARCH_REQ_XCOMP_PERM, XFEATURE_SSE
      {SYS_arch_prctl, {0x1023, 40}},
      {SYS_arch_prctl, {0x1012, 1}},                        // ARCH_SET_CPUID, its current value
  };
  RUN(arch);
  static char clone_args[4096];  // strace reads up to a page of it
  clone_args[150] = 1;
  const struct call tables[] = {
      {SYS_clone3, {(unsigned long)clone_args, 160}},
      {SYS_clone3, {(unsigned long)clone_args, 8192}},
      {SYS_clone3, {(unsigned long)(area + 4096 - 200), 8192}},  // readable for 200 bytes: "???"
      {SYS_futex, {(unsigned long)&futex_word, FUTEX_WAIT_REQUEUE_PI_PRIVATE | FUTEX_CLOCK_REALTIME, 1, 0,
                   (unsigned long)&futex_word}},
      {SYS_eventfd2, {0, 0x4}},
      {SYS_open_tree, {AT_FDCWD, (unsigned long)"/nonexistent", 0x600}},
      {SYS_name_to_handle_at, {AT_FDCWD, (unsigned long)"/", 0, 0, 0x1400}},
      {SYS_mount_setattr, {AT_FDCWD, (unsigned long)"/nonexistent", 0x9900, 0, 0}},
      {SYS_fsmount, {-1, 0, 0x300001}},
      {SYS_move_pages, {0, 0, 0, 0, 0, 7}},
      {SYS_move_pages, {0, 0, (unsigned long)big_mask, 0, (unsigned long)page_status, 7}},  // failed, count 0: "[]"
      {SYS_timerfd_settime, {-1, 0x80800, 0, 0}},
      {SYS_fanotify_mark, {-1, 1, 0x58080000, AT_FDCWD, (unsigned long)"/"}},
      {SYS_fcntl, {memfd, F_ADD_SEALS, F_SEAL_GROW | F_SEAL_WRITE}},
      {SYS_fcntl, {memfd, F_GET_SEALS}},
      {SYS_fcntl, {memfd, F_ADD_SEALS, 0x800}},
      {SYS_set_mempolicy, {0, (unsigned long)mask_end, 1}},
      {SYS_set_mempolicy, {0, (unsigned long)mask_end, 200}},
      // a huge maxnode (all 64 bits, as the kernel reads it): -s words of the mask, then "..."
      {SYS_set_mempolicy, {1, (unsigned long)big_mask, 0xffffffffUL}},
      {SYS_mbind, {0, 4096, 1, (unsigned long)big_mask, 1UL << 40, 0}},
      {SYS_mq_open, {(unsigned long)"a-queue-name-that-is-longer-than-thirty-two-bytes", O_RDONLY}},
  };
  RUN(tables);
  int udplite = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDPLITE), tcp = socket(AF_INET6, SOCK_STREAM | SOCK_NONBLOCK, 0);
  int one = 1;
  socklen_t len = sizeof one;
  unsigned char anycast[20] = {0xff, 0x02, [15] = 1, [16] = 1};
  const struct call sockets[] = {
      {SYS_setsockopt, {udplite, 136, 10, (unsigned long)&one, sizeof one}},
      {SYS_getsockopt, {udplite, 0x4321, -2UL, (unsigned long)&one, (unsigned long)&len}},
      {SYS_setsockopt, {tcp, IPPROTO_IPV6, 27, (unsigned long)anycast, sizeof anycast}},
      {SYS_setsockopt, {tcp, IPPROTO_TCP, 19, (unsigned long)anycast, 0}},  // TCP_REPAIR_OPTIONS
      {SYS_ioctl, {tcp, 0x894b, (unsigned long)&cell}},                     // SIOCOUTQNSD
      {SYS_ioctl, {tcp, 0x80045439, (unsigned long)&cell}},                 // TIOCGPTLCK (not a tty)
      {SYS_ioctl, {tcp, 0x40085400, BAD}},                                  // TFD_IOC_SET_TICKS
      {SYS_listen, {tcp, 1}},
      {SYS_accept4, {tcp, 0, (unsigned long)&len, SOCK_CLOEXEC}},
  };
  RUN(sockets);
  static char value[70000];
  siginfo_t none;
  memset(&none, 0, sizeof none);
  int pidfd = syscall(SYS_pidfd_open, getpid(), 0);
  const struct call rest[] = {
      {SYS_setxattr, {(unsigned long)"/nonexistent", (unsigned long)"user.x", (unsigned long)value, sizeof value, 0}},
      {SYS_pidfd_send_signal, {pidfd, 0, (unsigned long)&none, 0}},
  };
  RUN(rest);
  sigset_t io;
  sigemptyset(&io);
  sigaddset(&io, SIGIO);
  sigprocmask(SIG_BLOCK, &io, 0);
  siginfo_t band;
  memset(&band, 0, sizeof band);
  band.si_signo = SIGIO;
  band.si_code = POLL_OUT;
  band.si_band = 0x104;
  band.si_fd = 7;
  syscall(SYS_rt_sigqueueinfo, getpid(), SIGIO, &band);
  syscall(SYS_rt_sigtimedwait, &io, &band, 0, 8);
  return 0;
}
