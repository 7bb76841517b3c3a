// tracer/capture.cc — copies syscall arguments out of the tracee (capture.h).
//
// Each thread has a scratch area of kLevels levels (a syscall made by a
// signal handler while another syscall is in progress uses the next level);
// lzp_syscall_enter fills a level with the entry-time chunks, lzp_syscall_exit
// adds the exit-time chunks, and the record carries the level as its payload.
// Strings and buffers are cut at the CLI's -s limit (plus one byte, so the
// CLI knows to print "..."); paths are copied whole, up to PATH_MAX.
#include "tracer/capture.h"

#include "tracer/our_mappings.h"

#include "tracer/capture_writer.h"
#include "tracer/ioctl_transfers.h"
#include "tracer/ipc_transfers.h"
#include "tracer/prctl_transfers.h"
#include "tracer/ptrace_transfers.h"
#include "tracer/io_uring_transfers.h"

#include <sys/mman.h>
#include <sys/syscall.h>

#include "tracer/capture_format.h"
#include "tracer/fd_details.h"
#include "tracer/process.h"
#include "tracer/raw_syscall.h"
#include "tracer/thread_state.h"
#include "tracer/safe_copy.h"

namespace lzp {
namespace capture {

uint64_t Min(uint64_t a, uint64_t b) { return a < b ? a : b; }

uint32_t StringLimit() { return g_process.string_limit; }

// -e read=/write=: a buffer of a dumped fd is captured whole (as room allows).
uint64_t BufferLimit(const SyscallCapture& spec, const EntryFrame* f, bool reading) {
  uint64_t fd = f->rdi;
  if (!g_process.any_dump || spec.args[0].op != CaptureOp::kFd || fd >= 1024) return StringLimit() + 1;
  const uint64_t* set = reading ? g_process.dump.read_fds : g_process.dump.write_fds;
  return (set[fd / 64] >> (fd % 64)) & 1 ? ~0ull : StringLimit() + 1;
}

void CaptureString(Writer& w, int arg, uint8_t phase, uint64_t ptr, uint64_t max) {
  if (ptr == 0) return;
  CaptureChunk* c = w.Begin(arg, phase);
  uint64_t limit = Min(max, w.Room());
  uint64_t r = lzp_safe_strcopy(reinterpret_cast<char*>(w.Data(c)), reinterpret_cast<const char*>(ptr), limit);
  if (r & kCopyFaulted) return w.End(c, 0, proto::kCaptureFaulted);
  w.End(c, static_cast<uint32_t>(r), r == limit ? proto::kCaptureTruncated : 0);
}

void CaptureBytes(Writer& w, int arg, uint8_t phase, uint64_t ptr, uint64_t len, uint64_t limit) {
  if (ptr == 0 && len != 0) return;
  CaptureChunk* c = w.Begin(arg, phase);
  uint64_t n = Min(Min(len, limit), w.Room());
  uint64_t r = lzp_safe_copy(w.Data(c), reinterpret_cast<const void*>(ptr), n);
  if (r & kCopyFaulted) return w.End(c, 0, proto::kCaptureFaulted);
  w.End(c, static_cast<uint32_t>(n), len > n ? proto::kCaptureTruncated : 0);
}

// An array (structs.tbl's "count" sizing) of `bytes` in elements of `size`:
// after a fault, the whole elements read before it stay, marked
// kCaptureFaulted (strace prints them, then "... /* address */").
void CaptureArray(Writer& w, int arg, uint8_t phase, uint64_t ptr, uint64_t bytes, uint64_t size) {
  CaptureChunk* c = w.Begin(arg, phase);
  uint64_t n = Min(bytes, w.Room());
  uint64_t r = lzp_safe_copy(w.Data(c), reinterpret_cast<const void*>(ptr), n);
  if (r & kCopyFaulted) return w.End(c, static_cast<uint32_t>((r & ~kCopyFaulted) / size * size), proto::kCaptureFaulted);
  w.End(c, static_cast<uint32_t>(n), bytes > n ? proto::kCaptureTruncated : 0);
}

uint64_t StructBytes(const ArgCapture& spec, const EntryFrame* f) {
  uint64_t param = spec.param >= 0 ? f->arg(spec.param) : 0;
  if (spec.deref && spec.param >= 0) {
    uint32_t value = 0;
    if (param == 0 || !CopyFromApp(&value, param, sizeof(value))) return 0;
    param = value;
  }
  switch (spec.sizing) {
    case Sizing::kFixed: return spec.size;
    case Sizing::kBytesFromArg: return Min(spec.wide ? param : static_cast<uint32_t>(param), uint64_t{spec.size});
    case Sizing::kCountFromArg: return Min(spec.wide ? param : static_cast<uint32_t>(param), uint64_t{kMaxElements}) * spec.size;
    case Sizing::kBitsFromArg: return proto::BitMaskBytes(param, StringLimit());
    case Sizing::kPagesFromArg: return Min(param / 4096 + (param % 4096 != 0), kMaxElements);
  }
  return 0;
}

void CaptureIovec(Writer& w, int arg, uint8_t phase, uint64_t ptr, uint64_t count, int64_t total, uint64_t bytes_limit) {
  if (ptr == 0) return;
  CaptureChunk* c = w.Begin(arg, phase);
  uint8_t* out = w.Data(c);
  uint32_t length = 0, limit = StringLimit();
  uint64_t elements = Min(g_process.whole_arrays ? count : Min(count, limit + 1), kMaxElements);
  uint8_t status = count > elements ? proto::kCaptureTruncated : 0;
  for (uint64_t i = 0; i < elements; ++i) {
    uint64_t iov[2];
    if (!CopyFromApp(iov, ptr + i * 16, sizeof(iov))) {
      status |= proto::kCaptureFaulted;
      break;
    }
    uint64_t available = total < 0 ? iov[1] : Min(iov[1], static_cast<uint64_t>(total));
    if (total >= 0) total -= static_cast<int64_t>(available);
    uint64_t room = w.Room() > length + sizeof(proto::CapturedIovec) ? w.Room() - length - sizeof(proto::CapturedIovec) : 0;
    uint64_t n = Min(Min(available, bytes_limit), room);
    auto* element = reinterpret_cast<proto::CapturedIovec*>(out + length);
    element->base = iov[0];
    element->len = iov[1];
    element->status = 0;
    uint64_t r = n ? lzp_safe_copy(element + 1, reinterpret_cast<const void*>(iov[0]), n) : 0;
    if (r & kCopyFaulted) {
      element->status = proto::kCaptureFaulted;
      n = 0;
    }
    element->captured = static_cast<uint32_t>(n);
    length += sizeof(proto::CapturedIovec) + ((static_cast<uint32_t>(n) + 7) & ~7u);
    if (w.Room() <= length + sizeof(proto::CapturedIovec)) {
      status |= proto::kCaptureTruncated;
      break;
    }
  }
  w.End(c, length, status);
}

// argv: [u16 length][u8 status][u8 0][bytes] per element, at most -s of
// them (then kCaptureTruncated, strace's "..."); an unreadable string is
// kCaptureFaulted with its 8-byte pointer as the bytes (strace prints the
// address), an unreadable slot of the array itself ends it with the chunk's
// kCaptureFaulted (strace's "... /* slot's address */").
// Under -v (proto::kWholeArrays) the elements are not cut at -s (the
// strings are), only at kMaxElements.
void CaptureArgv(Writer& w, int arg, uint64_t ptr) {
  if (ptr == 0) return;
  uint64_t elements = g_process.whole_arrays ? kMaxElements : StringLimit();
  CaptureChunk* c = w.Begin(arg, proto::kAtEntry);
  uint8_t* out = w.Data(c);
  uint32_t length = 0, limit = StringLimit();
  uint8_t status = 0;
  for (uint64_t i = 0;; ++i) {
    uint64_t p;
    if (!CopyFromApp(&p, ptr + i * 8, 8)) { status |= proto::kCaptureFaulted; break; }
    if (p == 0) break;
    if (i >= elements || w.Room() < length + 4 + limit + 1) { status |= proto::kCaptureTruncated; break; }
    uint8_t* element = out + length;
    uint64_t r = lzp_safe_strcopy(reinterpret_cast<char*>(element + 4), reinterpret_cast<const char*>(p), limit + 1);
    if (r & kCopyFaulted) __builtin_memcpy(element + 4, &p, 8);
    uint16_t n = (r & kCopyFaulted) ? 8 : static_cast<uint16_t>(r);
    element[0] = static_cast<uint8_t>(n);
    element[1] = static_cast<uint8_t>(n >> 8);
    element[2] = (r & kCopyFaulted) ? proto::kCaptureFaulted : (r == limit + 1 ? proto::kCaptureTruncated : 0);
    element[3] = 0;
    length += 4 + n;
  }
  w.End(c, length, status);
}

void CaptureEnvCount(Writer& w, int arg, uint64_t ptr) {
  if (ptr == 0) return;
  CaptureChunk* c = w.Begin(arg, proto::kAtEntry);
  uint64_t count = 0;
  uint8_t status = 0;
  for (;; ++count) {
    uint64_t p;
    if (count >= 65536 || !CopyFromApp(&p, ptr + count * 8, 8)) { status = proto::kCaptureFaulted; break; }
    if (p == 0) break;
  }
  *reinterpret_cast<uint64_t*>(w.Data(c)) = count;
  w.End(c, 8, status);
}

// getdents/getdents64: walks the entries' d_reclen (offset 16 in both layouts).
void CaptureDirentCount(Writer& w, int arg, uint64_t ptr, uint64_t bytes) {
  CaptureChunk* c = w.Begin(arg, proto::kAtExit);
  uint64_t count = 0, at = 0;
  uint8_t status = 0;
  while (at + 18 <= bytes) {
    uint16_t reclen;
    if (!CopyFromApp(&reclen, ptr + at + 16, 2) || reclen == 0) { status = proto::kCaptureFaulted; break; }
    ++count;
    at += reclen;
  }
  *reinterpret_cast<uint64_t*>(w.Data(c)) = count;
  w.End(c, 8, status);
}

uint64_t g_pointer_syscalls[(kCaptureTableSize + 63) / 64];
bool g_pointer_syscalls_ready = false;

// -y: what fd (or AT_FDCWD: the working directory) refers to, as a chunk.
bool FdLink(int64_t fd, char (&link)[kFdLinkBytes]) {
  const char* prefix = fd == -100 ? "/proc/self/cwd" : "/proc/self/fd/";
  int at = 0;
  while (prefix[at] != '\0') link[at] = prefix[at], ++at;
  if (fd != -100) {
    if (fd < 0 || fd > 0x7fffffff) return false;
    char digits[12];
    int n = 0;
    do { digits[n++] = static_cast<char>('0' + fd % 10); fd /= 10; } while (fd > 0);
    while (n) link[at++] = digits[--n];
  }
  link[at] = '\0';
  return true;
}

void CaptureFdPath(Writer& w, int arg, int64_t fd_value) {
  char link[kFdLinkBytes];
  if (!FdLink(fd_value, link)) return;
  CaptureChunk* c = w.Begin(arg, proto::kFdPath);
  uint64_t room = Min(w.Room(), proto::kPathCaptureMax);
  long len = Sys(SYS_readlink, link, w.Data(c), room);
  if (len <= 0) return;  // not open (the syscall will say EBADF): nothing to show
  const char* path = reinterpret_cast<const char*>(w.Data(c));
  w.End(c, static_cast<uint32_t>(len), static_cast<uint64_t>(len) == room ? proto::kCaptureTruncated : 0);
  if (!g_process.fd_details || fd_value < 0 || w.Room() < sizeof(proto::FdDetails) + 16) return;
  CaptureChunk* d = w.Begin(arg, proto::kFdDetails);
  auto* details = reinterpret_cast<proto::FdDetails*>(w.Data(d));
  uint32_t data_len = 0;
  if (DescribeFd(0, static_cast<int>(fd_value), path, static_cast<uint32_t>(len), details, w.Data(d) + sizeof(*details),
                 static_cast<uint32_t>(Min(w.Room() - sizeof(*details), 4096)), &data_len))
    w.End(d, static_cast<uint32_t>(sizeof(*details) + data_len), 0);
}

}  // namespace capture

using namespace capture;

bool HasPointerArguments(uint64_t nr) {
  if (nr >= static_cast<uint64_t>(kCaptureTableSize)) return false;
  if (!__atomic_load_n(&g_pointer_syscalls_ready, __ATOMIC_ACQUIRE)) {  // idempotent: racing threads write the same bits
    for (int n = 0; n < kCaptureTableSize; ++n)
      for (const ArgCapture& a : kCaptureSpecs[n].args)
        if (a.op != CaptureOp::kNone && a.op != CaptureOp::kFd) g_pointer_syscalls[n / 64] |= uint64_t{1} << (n % 64);
    __atomic_store_n(&g_pointer_syscalls_ready, true, __ATOMIC_RELEASE);
  }
  return (g_pointer_syscalls[nr / 64] >> (nr % 64)) & 1;
}

uint8_t* CaptureLevel(ThreadState* ts, uint32_t level) {
  if (level >= kCaptureLevels) return nullptr;
  if (ts->capture_area == nullptr) {
    long p = Sys(SYS_mmap, 0, kLevelBytes * kCaptureLevels, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (IsError(p)) return nullptr;
    NoteOurMapping(static_cast<uint64_t>(p), kLevelBytes * kCaptureLevels);
    ts->capture_area = reinterpret_cast<uint8_t*>(p);
  }
  return ts->capture_area + level * kLevelBytes;
}

// -k: the registers an unwinder starts from, and the stack above their rsp
// (as much as is readable, up to kStackSnapshotBytes).
void CaptureStack(ThreadState* ts, uint32_t level, const proto::StackSnapshot& regs) {
  uint8_t* base = CaptureLevel(ts, level);
  if (base == nullptr) return;
  Writer w{base, &ts->capture_used[level]};
  constexpr uint32_t kHead = sizeof(proto::StackSnapshot);
  if (w.Room() < kHead + 64) return;
  CaptureChunk* c = w.Begin(0, proto::kStackSnapshot);
  *reinterpret_cast<proto::StackSnapshot*>(w.Data(c)) = regs;
  uint64_t want = w.Room() - kHead - 16;
  if (want > proto::kStackSnapshotBytes) want = proto::kStackSnapshotBytes;
  uint64_t got = lzp_safe_copy(w.Data(c) + kHead, reinterpret_cast<const void*>(regs.rsp), want) & ~kCopyFaulted;
  w.End(c, static_cast<uint32_t>(kHead + got), 0);
}

// The interposer's whole image, as the linker delimits it.
extern "C" const char __ehdr_start[] __attribute__((visibility("hidden")));
extern "C" const char _end[] __attribute__((visibility("hidden")));

proto::StackSnapshot ApplicationStack(const ThreadState* ts, const greg_t* g, uint32_t depth) {
  auto u = [g](int r) { return static_cast<uint64_t>(g[r]); };
  uint64_t rip = u(REG_RIP);
  bool ours = rip >= reinterpret_cast<uint64_t>(__ehdr_start) && rip < reinterpret_cast<uint64_t>(_end);
  if (ours && depth > 0 && depth <= static_cast<uint32_t>(ThreadState::kLevels)) {
    const EntryFrame* f = ts->frames[depth - 1];
    return {f->retaddr, f->app_rsp, f->rbp, f->rbx, f->r12, f->r13, f->r14, f->r15};
  }
  return {rip, u(REG_RSP), u(REG_RBP), u(REG_RBX), u(REG_R12), u(REG_R13), u(REG_R14), u(REG_R15)};
}

// prctl's string or cell, as tracer/prctl_transfers.h says for the option.
static void CapturePrctl(ThreadState* ts, const EntryFrame* f, uint32_t level, uint8_t phase) {
  proto::PrctlTransfer t = proto::PrctlTransferOf(f->rdi, f->rsi, phase);
  uint64_t arg = f->arg(t.arg);
  uint8_t* base = (t.string_max != 0 || t.cell_size != 0) && arg != 0 ? CaptureLevel(ts, level) : nullptr;
  if (base == nullptr) return;
  Writer w{base, &ts->capture_used[level]};
  if (t.cell_size != 0) CaptureBytes(w, t.arg, phase, arg, t.cell_size, ~0ull);
  else CaptureString(w, t.arg, phase, arg, t.string_max);
}

// A writer into capture level `level`, if `wanted` and the level is free.
static bool LevelWriter(ThreadState* ts, uint32_t level, bool wanted, Writer* w) {
  uint8_t* base = wanted ? CaptureLevel(ts, level) : nullptr;
  if (base == nullptr) return false;
  *w = Writer{base, &ts->capture_used[level]};
  return true;
}

// shmctl/semctl/msgctl: the struct the command reads or writes, as
// tracer/ipc_transfers.h says.
// msgsnd's message at entry, msgrcv's at exit (tracer/ipc_transfers.h).
static void CaptureMsgbuf(ThreadState* ts, const EntryFrame* f, uint32_t level, uint8_t phase) {
  uint64_t bytes = proto::MsgbufBytes(f->nr, f->rdx, phase, StringLimit());
  Writer w{nullptr, nullptr};
  if (LevelWriter(ts, level, bytes != 0 && f->rsi != 0, &w)) CaptureBytes(w, proto::kMsgbufArg, phase, f->rsi, bytes, ~0ull);
}

static void CaptureIpcBuffer(ThreadState* ts, const EntryFrame* f, uint32_t level, uint8_t phase) {
  int arg = proto::IpcBufferArg(f->nr);
  proto::IpcTransfer t = proto::IpcTransferOf(f->nr, f->arg(arg - 1), f->arg(arg), phase);
  Writer w{nullptr, nullptr};
  if (LevelWriter(ts, level, t.arg >= 0, &w)) CaptureBytes(w, t.arg, phase, f->arg(t.arg), t.size, ~0ull);
}

// ptrace: what `data` (and PEEKSIGINFO's `addr`) points to for the request, as tracer/ptrace_transfers.h
// says (at exit, GETREGSET's registers too).
static void CapturePtrace(ThreadState* ts, const EntryFrame* f, uint32_t level, uint8_t phase) {
  uint32_t bytes = proto::PtraceDataBytes(f->rdi, f->rdx, f->r10, phase);
  uint32_t addr_bytes = proto::PtraceAddrBytes(f->rdi, f->rdx, phase);
  Writer w{nullptr, nullptr};
  if (!LevelWriter(ts, level, bytes != 0 || addr_bytes != 0, &w)) return;
  if (addr_bytes != 0) CaptureBytes(w, 2, phase, f->rdx, addr_bytes, ~0ull);
  if (bytes != 0) CaptureBytes(w, 3, phase, f->r10, bytes, ~0ull);
  uint64_t iov[2];
  if (phase == proto::kAtExit && proto::PtraceRegsBytes(f->rdi, f->rdx, ~0ull) != 0 && CopyFromApp(iov, f->r10, sizeof(iov)) &&
      iov[0] != 0)
    CaptureBytes(w, proto::kPtraceRegsArg, phase, iov[0], proto::PtraceRegsBytes(f->rdi, f->rdx, iov[1]), ~0ull);
}

// io_uring_register: the argument by opcode, as tracer/io_uring_transfers.h
// says, and at entry the array a struct of it points to.
static void CaptureIoUringRegister(ThreadState* ts, const EntryFrame* f, uint32_t level, uint8_t phase) {
  proto::IoUringCopy copy = proto::IoUringRegisterCopyOf(f->rsi, f->rdx, f->r10, phase);
  Writer w{nullptr, nullptr};
  if (!LevelWriter(ts, level, copy.bytes != 0, &w)) return;
  if (copy.element != 0) return CaptureArray(w, 2, phase, f->rdx, copy.bytes, copy.element);
  CaptureBytes(w, 2, phase, f->rdx, copy.bytes, ~0ull);
  uint8_t header[proto::kIoUringRsrcSize];
  if (phase != proto::kAtEntry || copy.bytes > sizeof(header) || !CopyFromApp(header, f->rdx, copy.bytes)) return;
  proto::IoUringInner inner = proto::IoUringInnerOf(f->rsi, f->r10, header, copy.bytes);
  if (inner.element != 0) CaptureArray(w, proto::kIoUringInnerArg, phase, inner.address, inner.count * inner.element, inner.element);
  if (inner.tags != 0) CaptureArray(w, proto::kIoUringTagsArg, phase, inner.tags, inner.count * 8, 8);
}

// quotactl(QCMD(Q_QUOTAON, type), special, format, path) and quotactl_fd
// alike: the quota file's path (<linux/quota.h>). Tiny pointers are not
// followed.
static void CaptureQuotaFile(ThreadState* ts, const EntryFrame* f, uint32_t level) {
  constexpr uint32_t kQuotaOn = 0x800002;
  constexpr uint64_t kPage = 4096;
  uint64_t word = f->nr == SYS_quotactl ? f->rdi : f->rsi;
  if (static_cast<uint32_t>(word) >> 8 != kQuotaOn || f->r10 < kPage) return;
  uint8_t* base = CaptureLevel(ts, level);
  if (base == nullptr) return;
  Writer w{base, &ts->capture_used[level]};
  CaptureString(w, 3, proto::kAtEntry, f->r10, proto::kPathCaptureMax);
}

// name_to_handle_at/open_by_handle_at: struct file_handle as
// proto::FileHandleArg and its neighbours say.
static void CaptureFileHandle(ThreadState* ts, const EntryFrame* f, uint32_t level, uint8_t phase) {
  constexpr uint64_t kPage = 4096;
  int arg = proto::FileHandleArg(f->nr);
  uint64_t ptr = f->arg(arg);
  uint32_t bytes = 0;
  if (ptr < kPage || !CopyFromApp(&bytes, ptr, sizeof(bytes))) return;
  uint8_t* base = CaptureLevel(ts, level);
  if (base == nullptr) return;
  Writer w{base, &ts->capture_used[level]};
  uint64_t len = proto::kFileHandleHeader + (proto::FileHandleWhole(f->nr, phase) ? Min(bytes, proto::kFileHandleMax) : 0);
  CaptureBytes(w, arg, phase, ptr, len, ~0ull);
}

// futex: the timeout of a waiting operation (proto::FutexTakesTimeout).
// Tiny pointers are not followed.
static void CaptureFutexTimeout(ThreadState* ts, const EntryFrame* f, uint32_t level) {
  constexpr uint64_t kPage = 4096;
  if (!proto::FutexTakesTimeout(f->rsi) || f->r10 < kPage) return;
  uint8_t* base = CaptureLevel(ts, level);
  if (base == nullptr) return;
  Writer w{base, &ts->capture_used[level]};
  CaptureBytes(w, proto::kFutexTimeoutArg, proto::kAtEntry, f->r10, proto::kFutexTimeoutBytes, ~0ull);
}

// keyctl: which arguments are strings or buffers depends on the command
// (<linux/keyctl.h>): names, payloads and DH parameters going in (at entry),
// descriptions, payloads and capability bytes coming out (at exit: as many
// bytes as the result says, at most the buffer's length). All cut at -s.
// Tiny pointers are not followed.
static void CaptureKeyctl(ThreadState* ts, const EntryFrame* f, uint32_t level, uint8_t phase, int64_t ret) {
  enum : uint64_t {
    kJoin = 1, kUpdate = 2, kDescribe = 6, kSearch = 10, kRead = 11, kInstantiate = 12, kGetSecurity = 17,
    kDhCompute = 23, kPkeyQuery = 24, kPkeyEncrypt = 25, kPkeyVerify = 28, kRestrictKeyring = 29, kCapabilities = 31,
  };
  constexpr uint64_t kPage = 4096, kDhParamsSize = 12;  // struct keyctl_dh_params: three key serials
  uint64_t cmd = f->rdi;
  bool pkey_op = cmd >= kPkeyEncrypt && cmd <= kPkeyVerify;  // ENCRYPT, DECRYPT, SIGN, VERIFY: the info string
  bool wanted = phase == proto::kAtEntry ? cmd == kJoin || cmd == kUpdate || cmd == kSearch || cmd == kInstantiate ||
                                               cmd == kDhCompute || cmd == kPkeyQuery || pkey_op || cmd == kRestrictKeyring
                                         : cmd == kDescribe || cmd == kRead || cmd == kGetSecurity || cmd == kDhCompute ||
                                               cmd == kCapabilities;
  uint8_t* base = wanted ? CaptureLevel(ts, level) : nullptr;
  if (base == nullptr) return;
  Writer w{base, &ts->capture_used[level]};
  uint64_t limit = StringLimit() + 1;
  auto followed = [&](int arg) { return f->arg(arg) >= kPage; };
  switch (cmd) {
    case kJoin: if (followed(1)) CaptureString(w, 1, phase, f->arg(1), limit); break;
    case kSearch:
      if (followed(2)) CaptureString(w, 2, phase, f->arg(2), limit);
      if (followed(3)) CaptureString(w, 3, phase, f->arg(3), limit);
      break;
    case kUpdate: case kInstantiate: if (followed(2)) CaptureBytes(w, 2, phase, f->arg(2), f->arg(3), limit); break;
    case kPkeyQuery: if (followed(3)) CaptureString(w, 3, phase, f->arg(3), limit); break;
    case kRestrictKeyring:
      if (followed(2)) CaptureString(w, 2, phase, f->arg(2), limit);
      if (followed(3)) CaptureString(w, 3, phase, f->arg(3), limit);
      break;
    case kCapabilities: if (followed(1)) CaptureBytes(w, 1, phase, f->arg(1), Min(static_cast<uint64_t>(ret), f->arg(2)), limit); break;
    case kDhCompute:
      if (phase == proto::kAtEntry) {
        if (followed(1)) CaptureBytes(w, 1, phase, f->arg(1), kDhParamsSize, limit);
        break;
      }
      [[fallthrough]];
    default:
      if (pkey_op) {
        if (followed(2)) CaptureString(w, 2, phase, f->arg(2), limit);
        break;
      }
      if (followed(2)) CaptureBytes(w, 2, phase, f->arg(2), Min(static_cast<uint64_t>(ret), f->arg(3)), limit);
  }
}

// The registers at a syscall: the frame's, except for rt_sigreturn, whose
// stack is the one it returns to (the signal frame's saved context, at the
// stack pointer), as strace shows it after the call.
static void CaptureSyscallStack(ThreadState* ts, const EntryFrame* f, uint32_t level) {
  proto::StackSnapshot regs = {f->retaddr, f->app_rsp, f->rbp, f->rbx, f->r12, f->r13, f->r14, f->r15};
  if (f->nr == SYS_rt_sigreturn) {
    ucontext_t uc;
    if (!CopyFromApp(&uc, f->app_rsp, sizeof(uc))) return;
    regs = ApplicationStack(ts, uc.uc_mcontext.gregs, level);
  }
  CaptureStack(ts, level, regs);
}

// bpf(2): what the attributes point to (proto::BpfPointeeOf), the pointer
// read from the attributes as the kernel reads them (the first `size` bytes,
// the rest zero), as argument kBpfPointeeArg.
void CaptureBpfPointee(Writer& w, const EntryFrame* f) {
  proto::BpfPointeeSpec p = proto::BpfPointeeOf(f->rdi);
  uint8_t attr[24] = {};
  uint64_t size = Min(static_cast<uint32_t>(f->rdx), sizeof(attr)), ptr = 0;
  uint32_t btf_size = 0;
  if (p.kind == proto::BpfPointee::kNone || f->rsi == 0 || size == 0 || !CopyFromApp(attr, f->rsi, size)) return;
  __builtin_memcpy(&ptr, attr + p.offset, 8);
  __builtin_memcpy(&btf_size, attr + 16, 4);
  if (ptr == 0) return;
  if (p.kind == proto::BpfPointee::kPath) CaptureString(w, proto::kBpfPointeeArg, proto::kAtEntry, ptr, proto::kPathCaptureMax);
  else if (p.kind == proto::BpfPointee::kBtf) CaptureBytes(w, proto::kBpfPointeeArg, proto::kAtEntry, ptr, btf_size, StringLimit() + 1);
  else CaptureString(w, proto::kBpfPointeeArg, proto::kAtEntry, ptr, StringLimit() + 1);
}

void CaptureAtEntry(ThreadState* ts, const EntryFrame* f, uint32_t level) {
  ts->capture_used[level < kCaptureLevels ? level : 0] = 0;
  if (g_process.record_ip && level < kCaptureLevels) {  // -i: where the call was made from
    if (uint8_t* base = CaptureLevel(ts, level)) {
      Writer w{base, &ts->capture_used[level]};
      CaptureChunk* c = w.Begin(0, proto::kInstructionPointer);
      *reinterpret_cast<uint64_t*>(w.Data(c)) = f->retaddr;
      w.End(c, 8, 0);
    }
  }
  if (g_process.stack_trace && level < kCaptureLevels) CaptureSyscallStack(ts, f, level);
  if ((f->nr == SYS_setsockopt || f->nr == SYS_seccomp || f->nr == SYS_prctl) && level < kCaptureLevels)
    if (uint8_t* base = CaptureLevel(ts, level)) {  // a classic BPF program (tracer/fprog_transfers.h)
      Writer fw{base, &ts->capture_used[level]};
      CaptureFprog(fw, f);
    }
  if (f->nr == SYS_prctl) return CapturePrctl(ts, f, level, proto::kAtEntry);
  if (f->nr == SYS_keyctl) return CaptureKeyctl(ts, f, level, proto::kAtEntry, 0);
  if (f->nr == SYS_ptrace) return CapturePtrace(ts, f, level, proto::kAtEntry);
  if (f->nr == SYS_io_uring_register) CaptureIoUringRegister(ts, f, level, proto::kAtEntry);
  if (f->nr == SYS_quotactl || f->nr == SYS_quotactl_fd) CaptureQuotaFile(ts, f, level);
  if (f->nr == SYS_futex) return CaptureFutexTimeout(ts, f, level);
  if (proto::IpcBufferArg(f->nr) >= 0) return CaptureIpcBuffer(ts, f, level, proto::kAtEntry);
  if (f->nr == SYS_msgsnd) return CaptureMsgbuf(ts, f, level, proto::kAtEntry);
  if (proto::FileHandleArg(f->nr) >= 0) CaptureFileHandle(ts, f, level, proto::kAtEntry);
  if (f->nr == SYS_sendmmsg)  // its msgvec is no plain pointer argument: captured here, then the fd below
    if (uint8_t* base = CaptureLevel(ts, level)) {
      Writer mw{base, &ts->capture_used[level]};
      CaptureMmsgParts(mw, kCaptureSpecs[f->nr], f, proto::kAtEntry, -1);
    }
  // recvmmsg's msgvec as given: the msg_namelen each entry offered ("110 => 21").
  if (f->nr == SYS_recvmmsg && f->rsi != 0)
    if (uint8_t* base = CaptureLevel(ts, level)) {
      Writer mw{base, &ts->capture_used[level]};
      CaptureBytes(mw, 1, proto::kAtEntry, f->rsi, Min(static_cast<uint32_t>(f->rdx), proto::kMmsgMax) * 64, ~0ull);
    }
  if (f->nr >= static_cast<uint64_t>(kCaptureTableSize)) return;
  if (!HasPointerArguments(f->nr) && !g_process.decode_fds) return;
  const SyscallCapture& spec = kCaptureSpecs[f->nr];
  uint8_t* base = CaptureLevel(ts, level);
  if (base == nullptr) return;
  Writer w{base, &ts->capture_used[level]};
  for (int i = 0; i < 6; ++i) {
    const ArgCapture& a = spec.args[i];
    uint64_t v = f->arg(i);
    switch (a.op) {
      case CaptureOp::kPath: CaptureString(w, i, proto::kAtEntry, v, proto::kPathCaptureMax); break;
      case CaptureOp::kString:
        if (proto::FsconfigBinary(f->nr, i, f->rsi)) CaptureBytes(w, i, proto::kAtEntry, v, proto::FsconfigBinaryBytes(f->r8, StringLimit()), ~0ull);
        else CaptureString(w, i, proto::kAtEntry, v, StringLimit() + 1);
        break;
      case CaptureOp::kInBuf:
        CaptureBytes(w, i, proto::kAtEntry, v, f->arg(a.param), NetlinkBufferLimit(w, f, proto::kAtEntry, BufferLimit(spec, f, false)));
        break;
      case CaptureOp::kInIovec: CaptureIovec(w, i, proto::kAtEntry, v, f->arg(a.param), -1, BufferLimit(spec, f, false)); break;
      case CaptureOp::kAddrIovec: CaptureIovec(w, i, proto::kAtEntry, v, f->arg(a.param), 0, 0); break;
      case CaptureOp::kInStruct:
      case CaptureOp::kInOutStruct:
        if (v != 0 && a.sizing == Sizing::kCountFromArg) CaptureArray(w, i, proto::kAtEntry, v, StructBytes(a, f), a.size);
        else if (v != 0 && a.sizing == Sizing::kBitsFromArg) CaptureArray(w, i, proto::kAtEntry, v, StructBytes(a, f), 8);  // words
        else if (v != 0 && f->nr == SYS_clone3) CaptureArray(w, i, proto::kAtEntry, v, StructBytes(a, f), 1);  // up to a fault
        else if (v != 0) CaptureBytes(w, i, proto::kAtEntry, v, StructBytes(a, f), ~0ull);
        break;
      case CaptureOp::kArgv: CaptureArgv(w, i, v); break;
      case CaptureOp::kEnvp:
        CaptureEnvCount(w, i, v);
        if (g_process.whole_arrays) CaptureArgv(w, proto::kEnvStringsArg, v);
        break;
      case CaptureOp::kFd:
        if (g_process.decode_fds) CaptureFdPath(w, i, static_cast<int32_t>(v));
        break;
      case CaptureOp::kIoctlArg: CaptureIoctlArgument(w, f, proto::kAtEntry); break;
      case CaptureOp::kFcntlArg:
        if (FcntlStructOf(f->arg(1)).in && v != 0) CaptureBytes(w, i, proto::kAtEntry, v, FcntlStructOf(f->arg(1)).size, ~0ull);
        break;
      default: break;
    }
  }
  if (f->nr == SYS_sendmsg) CaptureMsghdrParts(w, spec, f, proto::kAtEntry, -1);
  if (f->nr == SYS_io_submit) CaptureIocbs(w, f);
  // waitid(P_PIDFD, fd, ...): the id is an fd (-y shows its pidfd).
  constexpr uint64_t kPPidfd = 3;  // <linux/wait.h>
  if (f->nr == SYS_waitid && static_cast<uint32_t>(f->arg(0)) == kPPidfd && g_process.decode_fds)
    CaptureFdPath(w, 1, static_cast<int32_t>(f->arg(1)));
  if (f->nr == SYS_bpf) CaptureBpfPointee(w, f);
  if (f->nr == SYS_ioctl && g_process.decode_fds) CaptureIoctlFdPaths(w, f);
  uint64_t sigmask = 0;  // io_pgetevents' usig, pselect6's sixth: {const sigset_t* sigmask; size_t sigsetsize}
  if ((f->nr == SYS_io_pgetevents || f->nr == SYS_pselect6) && f->arg(5) != 0 && CopyFromApp(&sigmask, f->arg(5), 8) && sigmask != 0)
    CaptureBytes(w, proto::kAioSigmaskArg, proto::kAtEntry, sigmask, 8, ~0ull);
  if (g_process.decode_fds &&
      (f->nr == SYS_select || f->nr == SYS_pselect6 || f->nr == SYS_poll || f->nr == SYS_ppoll))
    CaptureListedFdPaths(w, f);
}

// After a failed call: a sleep a signal interrupted wrote the time it had
// left (kRemaining); a failed readv/preadv's iovec array is still shown by
// strace (bases and lengths; the kernel filled nothing), so it is copied
// without its bytes; perf_event_open's E2BIG wrote the attr size it knows.
void CaptureAfterFailure(ThreadState* ts, const EntryFrame* f, uint32_t level, int64_t ret) {
  const SyscallCapture& spec = kCaptureSpecs[f->nr];
  Writer w{nullptr, &ts->capture_used[level]};
  for (int i = 0; i < 6; ++i) {
    const ArgCapture& a = spec.args[i];
    bool iovec = a.op == CaptureOp::kOutIovec, time_left = a.op == CaptureOp::kRemaining && proto::InterruptedBySignal(ret);
    if (!(iovec || time_left) || f->arg(i) == 0) continue;
    if (w.base == nullptr && (w.base = CaptureLevel(ts, level)) == nullptr) return;
    if (iovec) CaptureIovec(w, i, proto::kAtExit, f->arg(i), f->arg(a.param), 0, 0);
    else CaptureBytes(w, i, proto::kAtExit, f->arg(i), StructBytes(a, f), ~0ull);
  }
  // perf_event_open and sched_setattr refusing an attr's size with E2BIG wrote back the size they know.
  constexpr int64_t kE2big = -7;
  if (f->nr == SYS_perf_event_open && ret == kE2big && f->arg(0) != 0 &&
      (w.base != nullptr || (w.base = CaptureLevel(ts, level)) != nullptr))
    CaptureBytes(w, 0, proto::kAtExit, f->arg(0), 8, ~0ull);
  if (f->nr == SYS_sched_setattr && ret == kE2big && f->arg(1) != 0 &&
      (w.base != nullptr || (w.base = CaptureLevel(ts, level)) != nullptr))
    CaptureBytes(w, 1, proto::kAtExit, f->arg(1), 4, ~0ull);
}

void CaptureAtExit(ThreadState* ts, const EntryFrame* f, uint32_t level, int64_t ret) {
  if (level >= kCaptureLevels || f->nr >= static_cast<uint64_t>(kCaptureTableSize)) return;
  if (proto::FileHandleAtExit(f->nr, ret)) CaptureFileHandle(ts, f, level, proto::kAtExit);
  if (ret < 0) return CaptureAfterFailure(ts, f, level, ret);
  if (f->nr == SYS_arch_prctl && proto::ArchPrctlWritesCell(f->rdi) && f->rsi >= 4096)  // ARCH_GET_FS/GS's base
    if (uint8_t* base = CaptureLevel(ts, level)) {
      Writer cw{base, &ts->capture_used[level]};
      CaptureBytes(cw, 1, proto::kAtExit, f->rsi, 8, ~0ull);
    }
  if (f->nr == SYS_getsockopt)  // SO_GET_FILTER's program written back (tracer/fprog_transfers.h)
    if (uint8_t* base = CaptureLevel(ts, level)) {
      Writer fw{base, &ts->capture_used[level]};
      CaptureFilterAnswer(fw, f);
    }
  if (f->nr == SYS_ioctl && g_process.kvm_vcpu)  // -e kvm=vcpu
    if (uint8_t* base = CaptureLevel(ts, level)) {
      Writer kw{base, &ts->capture_used[level]};
      CaptureKvmAfterIoctl(kw, f, ret);
    }
  if (f->nr == SYS_prctl) return CapturePrctl(ts, f, level, proto::kAtExit);
  if (f->nr == SYS_keyctl) return CaptureKeyctl(ts, f, level, proto::kAtExit, ret);
  if (f->nr == SYS_ptrace) return CapturePtrace(ts, f, level, proto::kAtExit);
  if (f->nr == SYS_io_uring_register) CaptureIoUringRegister(ts, f, level, proto::kAtExit);
  if (proto::IpcBufferArg(f->nr) >= 0) return CaptureIpcBuffer(ts, f, level, proto::kAtExit);
  if (f->nr == SYS_msgrcv) return CaptureMsgbuf(ts, f, level, proto::kAtExit);
  const SyscallCapture& spec = kCaptureSpecs[f->nr];
  // Most calls have nothing to copy out (getppid, close, ...): the entry's
  // bitmap says so at once, but for the calls handled by name below whose
  // pointers the table leaves plain (clone's parent_tid, sendmmsg's msgvec).
  bool by_name = f->nr == SYS_clone || f->nr == SYS_clone3 || f->nr == SYS_recvmsg || f->nr == SYS_recvmmsg ||
                 f->nr == SYS_sendmmsg || f->nr == SYS_pipe || f->nr == SYS_pipe2 || f->nr == SYS_socketpair;
  if (!by_name && !HasPointerArguments(f->nr) && !(spec.returns_fd && g_process.decode_fds)) return;
  Writer w{nullptr, &ts->capture_used[level]};
  if (spec.returns_fd && g_process.decode_fds && (w.base = CaptureLevel(ts, level)) != nullptr)
    CaptureFdPath(w, proto::kReturnArg, ret);
  for (int i = 0; i < 6; ++i) {
    const ArgCapture& a = spec.args[i];
    if (a.op != CaptureOp::kOutBuf && a.op != CaptureOp::kOutStruct && a.op != CaptureOp::kInOutStruct &&
        a.op != CaptureOp::kOutIovec && a.op != CaptureOp::kDirentCount && a.op != CaptureOp::kOutPath &&
        a.op != CaptureOp::kIoctlArg && !(a.op == CaptureOp::kFcntlArg && FcntlStructOf(f->arg(1)).out))
      continue;
    uint64_t v = f->arg(i);
    if (v == 0) continue;
    const proto::IoctlTransfer* ioctl = a.op == CaptureOp::kIoctlArg ? proto::FindIoctlTransfer(f->arg(1)) : nullptr;
    if (a.op == CaptureOp::kIoctlArg && (ioctl == nullptr || ioctl->direction == proto::IoctlDirection::kIn)) continue;
    if (w.base == nullptr && (w.base = CaptureLevel(ts, level)) == nullptr) return;
    switch (a.op) {
      case CaptureOp::kOutBuf:
        CaptureBytes(w, i, proto::kAtExit, v, proto::OutBufBytes(ret, f->arg(a.param)),
                     NetlinkBufferLimit(w, f, proto::kAtExit, BufferLimit(spec, f, true)));
        break;
      case CaptureOp::kOutIovec: CaptureIovec(w, i, proto::kAtExit, v, f->arg(a.param), ret, BufferLimit(spec, f, true)); break;
      case CaptureOp::kDirentCount:
        CaptureDirentCount(w, i, v, static_cast<uint64_t>(ret));
        if (g_process.whole_arrays) CaptureBytes(w, proto::kDirentBytesArg, proto::kAtExit, v, static_cast<uint64_t>(ret), proto::kDirentBytesMax);
        break;
      case CaptureOp::kOutPath: CaptureString(w, i, proto::kAtExit, v, proto::kPathCaptureMax); break;
      case CaptureOp::kIoctlArg: CaptureIoctlArgument(w, f, proto::kAtExit); break;
      case CaptureOp::kFcntlArg: CaptureBytes(w, i, proto::kAtExit, v, FcntlStructOf(f->arg(1)).size, ~0ull); break;
      default: CaptureBytes(w, i, proto::kAtExit, v, StructBytes(a, f), ~0ull); break;
    }
  }
  if (f->nr == SYS_recvmsg && (w.base != nullptr || (w.base = CaptureLevel(ts, level)) != nullptr))
    CaptureMsghdrParts(w, spec, f, proto::kAtExit, ret);
  // The tid clone/clone3 wrote through parent_tid (CLONE_PARENT_SETTID): clone3's
  // as argument 1 (its size), clone's as argument 2 (the pointer itself); and
  // clone3's pidfd (CLONE_PIDFD) as argument 2.
  constexpr uint64_t kParentSettid = 0x00100000;
  if ((f->nr == SYS_clone || f->nr == SYS_clone3) && ret > 0 &&
      (w.base != nullptr || (w.base = CaptureLevel(ts, level)) != nullptr)) {
    uint64_t flags = f->rdi, parent_tid = f->rdx;
    if (f->nr == SYS_clone3 && (!CopyFromApp(&flags, f->rdi, 8) || !CopyFromApp(&parent_tid, f->rdi + 24, 8))) flags = 0;
    if ((flags & kParentSettid) && parent_tid != 0)
      CaptureBytes(w, f->nr == SYS_clone3 ? 1 : 2, proto::kAtExit, parent_tid, 4, ~0ull);
    // clone3's CLONE_PIDFD: the pidfd written through clone_args.pidfd, as argument 2 (unused)
    constexpr uint64_t kClonePidfd = 0x00001000;
    uint64_t pidfd = 0;
    if (f->nr == SYS_clone3 && (flags & kClonePidfd) && CopyFromApp(&pidfd, f->rdi + 8, 8) && pidfd != 0)
      CaptureBytes(w, 2, proto::kAtExit, pidfd, 4, ~0ull);
  }
  if ((f->nr == SYS_recvmmsg || f->nr == SYS_sendmmsg) && (w.base != nullptr || (w.base = CaptureLevel(ts, level)) != nullptr))
    CaptureMmsgParts(w, spec, f, proto::kAtExit, ret);
  // bpf(*_GET_NEXT_ID) wrote next_id (offset 4): the attributes' first bytes again, as far as its size.
  if (f->nr == SYS_bpf && proto::BpfWritesNextId(f->rdi) && f->rsi != 0 && (w.base != nullptr || (w.base = CaptureLevel(ts, level)) != nullptr))
    CaptureBytes(w, proto::kBpfPointeeArg, proto::kAtExit, f->rsi, Min(static_cast<uint32_t>(f->rdx), 8), ~0ull);
  // -y: the fds pipe, pipe2 and socketpair hand back in an array.
  if (g_process.decode_fds && (f->nr == SYS_pipe || f->nr == SYS_pipe2 || f->nr == SYS_socketpair) && w.base != nullptr) {
    int32_t fds[2];
    if (CopyFromApp(fds, f->arg(f->nr == SYS_socketpair ? 3 : 0), sizeof(fds))) {
      CaptureFdPath(w, proto::kPairArg0, fds[0]);
      CaptureFdPath(w, proto::kPairArg1, fds[1]);
    }
  }
}

const uint8_t* CapturedPayload(ThreadState* ts, uint32_t level, uint32_t* size) {
  if (level >= kCaptureLevels || ts->capture_area == nullptr) {
    *size = 0;
    return nullptr;
  }
  *size = ts->capture_used[level];
  return ts->capture_area + level * kLevelBytes;
}

void CaptureHandlerNote(ThreadState* ts, uint32_t level, const char* note, uint32_t max) {
  uint8_t* base = CaptureLevel(ts, level);
  if (base == nullptr) return;
  Writer w{base, &ts->capture_used[level]};
  if (w.Room() < max) return;
  CaptureChunk* c = w.Begin(0, proto::kHandlerNote);
  uint32_t length = 0;
  for (; length < max && note[length] != '\0'; ++length) w.Data(c)[length] = static_cast<uint8_t>(note[length]);
  w.End(c, length, 0);
}

}  // namespace lzp
