// tracer/fd_kinds.cc — a per-process cache of what each fd below 4096 is, as
// far as netlink decoding cares, so that sendto, sendmsg, recvfrom and
// recvmsg need not ask the kernel (getsockname, SO_PROTOCOL) at every call:
// asking costs ~1 us and is visible to the program (its own seccomp filter
// may forbid getsockname; traced, it must behave as untraced).
//
// Storage: one 64-bit atomic word per fd, `stamp << 16 | kind << 8 |
// protocol`, plus a global epoch counter. Nothing is allocated and nothing
// locks: every update is a store or a compare-and-swap, safe from any
// signal handler and any thread. Forgetting fd N takes a fresh epoch value
// and stores it with kind "unknown" in N's word; forgetting everything
// raises `valid_from` to a fresh epoch value (a word stamped below it says
// nothing). Whoever learns something about N read N's word and the epoch
// before looking (the Ticket), and stores with a compare-and-swap from the
// word it read, stamped with the epoch it read: a forget of N in between
// changed the word (its stamp is new), so the CAS fails; a forget of all in
// between left the stamp below valid_from. So nothing learnt before a
// forget survives it.
//
// Learnt from calls the interposer already sees (AtExit; the calls that
// teach it never run bare, without an exit, while a netlink-decoding call is
// shown, even when they are filtered out: WantsExit): socket() returns
// a netlink socket with the protocol of its third argument, not bound; any
// other fd-returning call of the syscall table (open, accept, eventfd, ...)
// returns something that is not netlink; dup, dup2, dup3 and fcntl's
// F_DUPFD copy the kind of the old fd. A netlink socket gets its port id on
// a successful bind, connect to a netlink address or send (the kernel binds
// it automatically before sending); a send can also fail after binding, so
// bind, connect and the sends first turn "unbound" into "maybe bound"
// (AtEntry), which costs one getsockname at the next decoded call, and a
// success makes it "bound". Only an fd the cache knows nothing about is
// asked of the kernel (capture_netlink.cc), then remembered: one inherited
// across exec, received by SCM_RIGHTS, from pidfd_getfd, above 4095.
//
// Forgotten (AtEntry, before the kernel can reuse the number): close(N),
// close_range over N (all of them past 64 numbers), dup2/dup3 onto N. Those
// and exec are the only ways a number is freed, so a number any call returns
// (even one that runs bare, without an exit for us to see) was forgotten
// when it was last freed; still, fd-returning calls we see at exit teach or
// forget their result, pidfd_getfd's result is forgotten, and a recvmsg or
// recvmmsg that received control data (SCM_RIGHTS) forgets everything.
// exec: the cache is the interposer's .bss, so a new image starts with every
// word 0 (stamp 0 is never valid). fork: the child's copy describes its copy
// of the fd table, right at fork time; but the sockets are now shared with
// another process that may bind them, so from then on "unbound" counts as
// "maybe bound" in both (g_unbound_doubtful).
//
// When the cache does not describe the fd table the calls use, it is not
// used at all (every decoded call asks the kernel, as before the cache):
// process-wide (g_off) once io_uring is set up or entered (its requests open
// and close fds without a syscall we see, even after io_uring_enter returns)
// and once a child shares the fd table without sharing this memory (clone
// with CLONE_FILES but not CLONE_VM) or without being traced (no -f: its
// calls mostly bypass us); per thread (ThreadState::fd_table_private) in a
// CLONE_VM child without CLONE_FILES (vfork, posix_spawn: our memory, its own
// table) and after unshare(CLONE_FILES) or close_range(CLOSE_RANGE_UNSHARE).
//
// Why a stale entry can only change decoding: the kind decides one thing,
// what the capture copies and notes for a sendto/sendmsg/recvfrom/recvmsg
// (the netlink protocol note and a copy of up to 16 KiB of a buffer the call
// itself names, through the fault-safe copy). The program's call runs
// exactly as given either way; the CLI treats the record as untrusted. So a
// case this misses (another process binding a socket we think unbound, a
// thread we never saw) prints the message as strace would for the other
// kind, and nothing else.
#include "tracer/fd_kinds.h"

#include <fcntl.h>
#include <linux/close_range.h>
#include <linux/sched.h>
#include <sys/socket.h>
#include <sys/syscall.h>

#include "tracer/capture.h"
#include "tracer/process.h"
#include "tracer/safe_copy.h"

namespace lzp::fd_kinds {
namespace {

constexpr int kCachedFds = 4096;
constexpr uint32_t kForgetEachUpTo = 64;  // close_range over more numbers forgets all

uint64_t g_words[kCachedFds];
uint64_t g_epoch = 1;
uint64_t g_valid_from = 1;
bool g_off = false;
bool g_unbound_doubtful = false;

uint64_t Load(const uint64_t* word) { return __atomic_load_n(word, __ATOMIC_SEQ_CST); }
bool LoadFlag(const bool* flag) { return __atomic_load_n(flag, __ATOMIC_SEQ_CST); }
void SetFlag(bool* flag) { __atomic_store_n(flag, true, __ATOMIC_SEQ_CST); }
bool Swap(uint64_t* word, uint64_t expected, uint64_t desired) {
  return __atomic_compare_exchange_n(word, &expected, desired, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

uint64_t Pack(uint64_t stamp, Entry e) { return stamp << 16 | uint64_t{static_cast<uint8_t>(e.kind)} << 8 | e.protocol; }
uint64_t StampOf(uint64_t word) { return word >> 16; }
Entry Unpack(uint64_t word) { return {static_cast<Kind>((word >> 8) & 0xff), static_cast<uint8_t>(word & 0xff)}; }
bool Valid(uint64_t word) { return StampOf(word) != 0 && StampOf(word) >= Load(&g_valid_from); }
bool Cached(int fd) { return fd >= 0 && fd < kCachedFds; }

void Forget(int fd) {
  if (!Cached(fd)) return;
  uint64_t stamp = __atomic_add_fetch(&g_epoch, 1, __ATOMIC_SEQ_CST);
  __atomic_store_n(&g_words[fd], Pack(stamp, {Kind::kUnknown, 0}), __ATOMIC_SEQ_CST);
}

void ForgetAll() {
  uint64_t stamp = __atomic_add_fetch(&g_epoch, 1, __ATOMIC_SEQ_CST);
  for (uint64_t now = Load(&g_valid_from); now < stamp && !Swap(&g_valid_from, now, stamp);) now = Load(&g_valid_from);
}

// After a call that began at epoch `since` returned fd: remember `e`, unless
// the fd was forgotten since the call began (it may name something else).
void Teach(int fd, uint64_t since, Entry e) {
  if (!Cached(fd)) return;
  if (since == 0) return Forget(fd);
  uint64_t before = Load(&g_words[fd]);
  if (StampOf(before) > since || since < Load(&g_valid_from)) return;
  Swap(&g_words[fd], before, Pack(since, e));
}

// The valid word of fd, unchanged since `since`; or 0.
uint64_t WordSince(int fd, uint64_t since) {
  if (!Cached(fd) || since == 0) return 0;
  uint64_t word = Load(&g_words[fd]);
  return Valid(word) && StampOf(word) <= since ? word : 0;
}

// bind, connect or a send is about to run on fd: if it was unbound, it may
// be bound after (even if the call fails).
void MayBind(int fd) {
  if (!Cached(fd)) return;
  uint64_t word = Load(&g_words[fd]);
  Entry e = Unpack(word);
  if (Valid(word) && e.kind == Kind::kNetlinkUnbound) Swap(&g_words[fd], word, Pack(StampOf(word), {Kind::kNetlinkMaybeBound, e.protocol}));
}

// ...and it succeeded: a netlink socket it ran on has a port id now.
void Bound(int fd, uint64_t since) {
  uint64_t word = WordSince(fd, since);
  Entry e = Unpack(word);
  if (word != 0 && (e.kind == Kind::kNetlinkUnbound || e.kind == Kind::kNetlinkMaybeBound))
    Swap(&g_words[fd], word, Pack(StampOf(word), {Kind::kNetlinkBound, e.protocol}));
}

// A new fd for the same open file: the same kind (both now share whether
// the socket is bound: whichever binds it, the other must ask).
void Copy(int from, int to, uint64_t since) {
  if (from == to) return;
  uint64_t word = WordSince(from, since);
  if (word == 0) return Forget(to);
  Entry e = Unpack(word);
  if (e.kind == Kind::kNetlinkUnbound) {
    MayBind(from);
    e.kind = Kind::kNetlinkMaybeBound;
  }
  Teach(to, since, e);
}

bool ReceivedControlData(uint64_t msghdr_address) {
  uint64_t length = 0;  // struct msghdr's msg_controllen, at offset 40 on x86-64
  return !CopyFromApp(&length, msghdr_address + 40, sizeof length) || length != 0;
}

// recvmmsg's first `count` struct mmsghdr (64 bytes each, a msghdr first);
// past kMmsgChecked of them, assume so.
bool ReceivedControlDataInAny(uint64_t vector, uint64_t count) {
  constexpr uint64_t kMmsgChecked = 64;
  if (count > kMmsgChecked) return true;
  for (uint64_t k = 0; k < count; ++k)
    if (ReceivedControlData(vector + 64 * k)) return true;
  return false;
}

bool ConnectsToNetlink(uint64_t address) {
  uint16_t family = 0;
  return CopyFromApp(&family, address, sizeof family) && family == AF_NETLINK;
}

}  // namespace

uint8_t g_followed[512];
bool g_followed_ready = false;

void FillFollowed() {
  static constexpr uint16_t kByNumber[] = {
      SYS_close, SYS_close_range, SYS_dup, SYS_dup2, SYS_dup3, SYS_fcntl, SYS_unshare, SYS_io_uring_setup,
      SYS_io_uring_enter, SYS_io_uring_register, SYS_socket, SYS_bind, SYS_connect, SYS_sendto, SYS_sendmsg,
      SYS_sendmmsg, SYS_pidfd_getfd, SYS_recvmsg, SYS_recvmmsg,
  };
  for (uint16_t nr : kByNumber) g_followed[nr] = 1;
  for (int nr = 0; nr < kCaptureTableSize; ++nr)
    if (kCaptureSpecs[nr].returns_fd) g_followed[nr] = 1;
  __atomic_store_n(&g_followed_ready, true, __ATOMIC_RELEASE);
}

Entry Lookup(const ThreadState* ts, int fd, Ticket* ticket) {
  *ticket = {0, 0, fd, false};
  if (!Cached(fd) || ts == nullptr || ts->fd_table_private || LoadFlag(&g_off)) return {Kind::kUnknown, 0};
  ticket->before = Load(&g_words[fd]);
  ticket->epoch = Load(&g_epoch);
  ticket->usable = true;
  if (!Valid(ticket->before)) return {Kind::kUnknown, 0};
  Entry e = Unpack(ticket->before);
  if (e.kind == Kind::kNetlinkUnbound && LoadFlag(&g_unbound_doubtful)) e.kind = Kind::kNetlinkMaybeBound;
  return e;
}

void Learn(const Ticket& ticket, Entry entry) {
  if (!ticket.usable || ticket.epoch < Load(&g_valid_from)) return;
  Swap(&g_words[ticket.fd], ticket.before, Pack(ticket.epoch, entry));
}

void AtEntry(ThreadState* ts, const EntryFrame* f, uint32_t level) {
  switch (f->nr) {
    case SYS_close:
      Forget(static_cast<int>(f->rdi));
      break;
    case SYS_close_range: {
      uint32_t first = static_cast<uint32_t>(f->rdi), last = static_cast<uint32_t>(f->rsi);
      uint32_t flags = static_cast<uint32_t>(f->rdx);
      if (flags & CLOSE_RANGE_UNSHARE) ts->fd_table_private = true;
      if ((flags & CLOSE_RANGE_CLOEXEC) || first > last || first >= kCachedFds) break;
      if (last - first >= kForgetEachUpTo) {
        ForgetAll();
        break;
      }
      for (uint32_t fd = first; fd <= last; ++fd) Forget(static_cast<int>(fd));
      break;
    }
    case SYS_dup2: case SYS_dup3:
      Forget(static_cast<int>(f->rsi));
      break;
    case SYS_unshare:
      if (f->rdi & CLONE_FILES) ts->fd_table_private = true;
      break;
    case SYS_io_uring_setup: case SYS_io_uring_enter: case SYS_io_uring_register:
      SetFlag(&g_off);
      break;
    case SYS_bind: case SYS_connect: case SYS_sendto: case SYS_sendmsg: case SYS_sendmmsg:
      MayBind(static_cast<int>(f->rdi));
      break;
    default:
      break;
  }
  // Read after this call's own forgets: what its exit teaches is newer.
  if (level < static_cast<uint32_t>(ThreadState::kLevels)) ts->fd_epoch_at_entry[level] = Load(&g_epoch);
}

void AtExit(ThreadState* ts, const EntryFrame* f, uint32_t level, int64_t ret) {
  if (ret < 0 || ts->fd_table_private || LoadFlag(&g_off)) return;
  // The deepest level is shared by nested calls: its epoch may be a later call's.
  uint64_t since = level < static_cast<uint32_t>(ThreadState::kLevels) - 1 ? ts->fd_epoch_at_entry[level] : 0;
  int fd = static_cast<int>(f->rdi), result = ret > 0x7fffffff ? -1 : static_cast<int>(ret);
  switch (f->nr) {
    case SYS_socket:
      Teach(result, since, static_cast<int>(f->rdi) == AF_NETLINK ? Entry{Kind::kNetlinkUnbound, static_cast<uint8_t>(f->rdx)}
                                                                   : Entry{Kind::kNotNetlink, 0});
      break;
    case SYS_bind: case SYS_sendto: case SYS_sendmsg:
      Bound(fd, since);
      break;
    case SYS_sendmmsg:
      if (ret > 0) Bound(fd, since);  // 0: nothing was sent (vlen 0)
      break;
    case SYS_connect:  // AF_UNSPEC only forgets the peer
      if (ConnectsToNetlink(f->rsi)) Bound(fd, since);
      break;
    case SYS_dup: case SYS_dup2: case SYS_dup3:
      Copy(fd, result, since);
      break;
    case SYS_fcntl:
      if (static_cast<uint32_t>(f->rsi) == F_DUPFD || static_cast<uint32_t>(f->rsi) == F_DUPFD_CLOEXEC) Copy(fd, result, since);
      break;
    case SYS_pidfd_getfd:
      Forget(result);
      break;
    case SYS_recvmsg:
      if (ReceivedControlData(f->rsi)) ForgetAll();
      break;
    case SYS_recvmmsg:
      if (ReceivedControlDataInAny(f->rsi, static_cast<uint64_t>(ret))) ForgetAll();
      break;
    default:
      if (f->nr < static_cast<uint64_t>(kCaptureTableSize) && kCaptureSpecs[f->nr].returns_fd)
        Teach(result, since, {Kind::kNotNetlink, 0});
      break;
  }
}

bool WantsExit(const EntryFrame* f) {
  switch (f->nr) {
    case SYS_socket: case SYS_bind: case SYS_connect: case SYS_sendto: case SYS_sendmsg: case SYS_sendmmsg: case SYS_dup:
      break;
    case SYS_fcntl:
      if (static_cast<uint32_t>(f->rsi) == F_DUPFD || static_cast<uint32_t>(f->rsi) == F_DUPFD_CLOEXEC) break;
      return false;
    default:
      return false;
  }
  return Shown(SYS_sendto) || Shown(SYS_sendmsg) || Shown(SYS_recvfrom) || Shown(SYS_recvmsg);
}

void BeforeClone(const ThreadState* parent, ThreadState* child, uint64_t flags, bool child_traced) {
  bool shares_memory = flags & CLONE_VM, shares_table = flags & CLONE_FILES;
  child->fd_table_private = parent->fd_table_private || (shares_memory && !shares_table);
  if (shares_table && (!shares_memory || !child_traced)) SetFlag(&g_off);
  if (!shares_table || !shares_memory) SetFlag(&g_unbound_doubtful);  // its sockets are another process's too
}

}  // namespace lzp::fd_kinds
