// cli/companion/remote_capture.cc — see remote_capture.h. The sizes and cuts
// are the interposer's (tracer/capture.cc): strings and buffers at -s plus
// one byte (so the printer knows to print "..."), paths whole; iovec arrays
// in its element format (proto::CapturedIovec, then the bytes), ioctl's
// argument as tracer/ioctl_transfers.h says, fcntl's lock structs, and
// prctl's second argument as tracer/prctl_transfers.h says, futex timeouts
// and struct file_handle as tracer/capture_format.h says.
#include "cli/companion/remote_capture.h"

#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/user.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "cli/companion/remote_netlink.h"
#include "tracer/capture.h"
#include "tracer/capture_format.h"
#include "tracer/fd_details.h"
#include "tracer/fprog_transfers.h"
#include "tracer/ioctl_transfers.h"
#include "tracer/ipc_transfers.h"
#include "tracer/prctl_transfers.h"
#include "tracer/ptrace_transfers.h"
#include "tracer/io_uring_transfers.h"

namespace lzp::cli::companion {
namespace {

constexpr uint64_t kMaxElements = 1024;
constexpr uint64_t kMaxBytes = 64 * 1024;  // one chunk's data at most

// Reads what is readable of [addr, addr + len): stops at the first unmapped page.
size_t ReadMemory(pid_t tid, uint64_t addr, void* out, size_t len) {
  if (len == 0) return 0;
  struct iovec local = {out, len}, remote = {reinterpret_cast<void*>(addr), len};
  ssize_t n = process_vm_readv(tid, &local, 1, &remote, 1, 0);
  return n < 0 ? 0 : static_cast<size_t>(n);
}

void AppendChunk(std::string* payload, int arg, uint8_t phase, uint8_t status, const void* data, size_t len) {
  proto::CaptureChunk c = {static_cast<uint8_t>(arg), phase, status, 0, static_cast<uint32_t>(len)};
  payload->append(reinterpret_cast<const char*>(&c), sizeof(c));
  payload->append(static_cast<const char*>(data), len);
  payload->append((8 - len % 8) % 8, '\0');
}

// A NUL-terminated string of at most `limit` bytes; false if unreadable.
bool ReadString(pid_t tid, uint64_t addr, size_t limit, std::string* out, bool* truncated) {
  out->clear();
  char piece[256];
  while (out->size() < limit) {
    size_t to_page_end = 4096 - (addr + out->size()) % 4096;
    size_t want = std::min({sizeof(piece), to_page_end, limit - out->size()});
    size_t got = ReadMemory(tid, addr + out->size(), piece, want);
    if (got == 0) return false;
    const char* nul = static_cast<const char*>(std::memchr(piece, '\0', got));
    if (nul != nullptr) {
      out->append(piece, static_cast<size_t>(nul - piece));
      *truncated = false;
      return true;
    }
    out->append(piece, got);
  }
  *truncated = true;
  return true;
}

void CaptureString(pid_t tid, std::string* payload, int arg, uint8_t phase, uint64_t ptr, size_t limit) {
  if (ptr == 0) return;
  std::string s;
  bool truncated = false;
  if (!ReadString(tid, ptr, limit, &s, &truncated)) return AppendChunk(payload, arg, phase, proto::kCaptureFaulted, "", 0);
  AppendChunk(payload, arg, phase, truncated ? proto::kCaptureTruncated : 0, s.data(), s.size());
}

void CaptureBytes(pid_t tid, std::string* payload, int arg, uint8_t phase, uint64_t ptr, uint64_t len, uint64_t limit) {
  if (ptr == 0 && len != 0) return;
  size_t n = static_cast<size_t>(std::min({len, limit, kMaxBytes}));
  std::string data(n, '\0');
  if (ReadMemory(tid, ptr, data.data(), n) != n) return AppendChunk(payload, arg, phase, proto::kCaptureFaulted, "", 0);
  AppendChunk(payload, arg, phase, len > n ? proto::kCaptureTruncated : 0, data.data(), n);
}

// An array of `bytes` in elements of `size`, as the interposer copies it
// (tracer/capture.cc CaptureArray): after a fault, the whole elements before it.
void CaptureArray(pid_t tid, std::string* payload, int arg, uint8_t phase, uint64_t ptr, uint64_t bytes, uint64_t size) {
  std::string data(static_cast<size_t>(std::min(bytes, kMaxBytes)), '\0');
  size_t got = ReadMemory(tid, ptr, data.data(), data.size());
  if (got == data.size()) return AppendChunk(payload, arg, phase, bytes > got ? proto::kCaptureTruncated : 0, data.data(), got);
  size_t whole = got / size * size;  // a short read may stop short of the fault: go on an element at a time
  while (whole + size <= data.size() && ReadMemory(tid, ptr + whole, data.data() + whole, size) == size) whole += size;
  AppendChunk(payload, arg, phase, proto::kCaptureFaulted, data.data(), whole);
}

// io_uring_register's argument by opcode and the array a struct of it points
// to, as the interposer copies them (tracer/io_uring_transfers.h).
void CaptureIoUringRegister(pid_t tid, std::string* payload, const uint64_t args[6], uint8_t phase) {
  proto::IoUringCopy copy = proto::IoUringRegisterCopyOf(args[1], args[2], args[3], phase);
  if (copy.bytes == 0) return;
  if (copy.element != 0) return CaptureArray(tid, payload, 2, phase, args[2], copy.bytes, copy.element);
  CaptureBytes(tid, payload, 2, phase, args[2], copy.bytes, ~0ull);
  uint8_t header[proto::kIoUringRsrcSize];
  if (phase != proto::kAtEntry || copy.bytes > sizeof(header) || ReadMemory(tid, args[2], header, copy.bytes) != copy.bytes) return;
  proto::IoUringInner inner = proto::IoUringInnerOf(args[1], args[3], header, copy.bytes);
  if (inner.element != 0) CaptureArray(tid, payload, proto::kIoUringInnerArg, phase, inner.address, inner.count * inner.element, inner.element);
  if (inner.tags != 0) CaptureArray(tid, payload, proto::kIoUringTagsArg, phase, inner.tags, inner.count * 8, 8);
}

// An iovec array of `count` elements: each element's base and length, then
// up to `bytes_limit` of its data, no more than `total` in all (-1: no
// total); at most -s plus one elements, as the interposer copies them.
// `element_limit`: -s (one more element is copied, so the CLI prints "..."), or
// under -v (proto::kWholeArrays) kMaxElements.
void CaptureIovec(pid_t tid, std::string* payload, int arg, uint8_t phase, uint64_t ptr, uint64_t count, int64_t total,
                  uint64_t bytes_limit, uint32_t element_limit) {
  if (ptr == 0) return;
  uint64_t elements = std::min({count, uint64_t{element_limit} + 1, kMaxElements});
  uint8_t status = count > elements ? proto::kCaptureTruncated : 0;
  std::string out;
  for (uint64_t i = 0; i < elements; ++i) {
    uint64_t iov[2];
    if (ReadMemory(tid, ptr + i * 16, iov, sizeof(iov)) != sizeof(iov)) {
      status |= proto::kCaptureFaulted;
      break;
    }
    uint64_t available = total < 0 ? iov[1] : std::min(iov[1], static_cast<uint64_t>(total));
    if (total >= 0) total -= static_cast<int64_t>(available);
    std::string data(static_cast<size_t>(std::min({available, bytes_limit, kMaxBytes})), '\0');
    proto::CapturedIovec element = {iov[0], iov[1], 0, 0};
    if (!data.empty() && ReadMemory(tid, iov[0], data.data(), data.size()) != data.size()) {
      element.status = proto::kCaptureFaulted;
      data.clear();
    }
    element.captured = static_cast<uint32_t>(data.size());
    out.append(reinterpret_cast<const char*>(&element), sizeof(element));
    out += data;
    out.append((8 - data.size() % 8) % 8, '\0');
    if (out.size() > kMaxBytes) {
      status |= proto::kCaptureTruncated;
      break;
    }
  }
  AppendChunk(payload, arg, phase, status, out.data(), out.size());
}

// ioctl's third argument as the interposer copies it (tracer/capture_ioctl.cc):
// a string, or the struct's fixed bytes and then its tail, as far as readable.
void CaptureIoctl(pid_t tid, std::string* payload, const uint64_t args[6], uint8_t phase, uint32_t string_limit) {
  const proto::IoctlTransfer* t = proto::FindIoctlTransfer(args[1]);
  uint64_t arg = args[2];
  if (t == nullptr || arg == 0) return;
  if (t->direction == (phase == proto::kAtEntry ? proto::IoctlDirection::kOut : proto::IoctlDirection::kIn)) return;
  if (t->tail.kind == proto::IoctlTailKind::kString)
    return CaptureString(tid, payload, 2, phase, arg, t->size != 0 ? t->size : string_limit + 1);
  CaptureBytes(tid, payload, 2, phase, arg, t->size, ~0ull);
  uint8_t header[proto::kIoctlHeaderMax];
  if (t->tail.kind == proto::IoctlTailKind::kNone || ReadMemory(tid, arg, header, t->size) != t->size) return;
  proto::IoctlTailSpan span = proto::IoctlTailOf(*t, arg, header, phase == proto::kAtExit, string_limit);
  if (span.address == 0) return;
  std::string tail(static_cast<size_t>(std::min(span.bytes, kMaxBytes)), '\0');
  size_t got = ReadMemory(tid, span.address, tail.data(), tail.size());
  uint8_t status = (got < tail.size() ? proto::kCaptureFaulted : 0) |
                   (span.truncated || tail.size() < span.bytes ? proto::kCaptureTruncated : 0);
  AppendChunk(payload, proto::kIoctlTailArg, phase, status, tail.data(), got);
}

// ptrace's data as tracer/ptrace_transfers.h says (as the interposer).
void CapturePtrace(pid_t tid, std::string* payload, const uint64_t args[6], uint8_t phase) {
  uint32_t bytes = proto::PtraceDataBytes(args[0], args[2], args[3], phase);
  if (uint32_t addr_bytes = proto::PtraceAddrBytes(args[0], args[2], phase)) CaptureBytes(tid, payload, 2, phase, args[2], addr_bytes, ~0ull);
  if (bytes == 0) return;
  CaptureBytes(tid, payload, 3, phase, args[3], bytes, ~0ull);
  uint64_t iov[2];
  if (phase == proto::kAtExit && proto::PtraceRegsBytes(args[0], args[2], ~0ull) != 0 &&
      ReadMemory(tid, args[3], iov, sizeof(iov)) == sizeof(iov) && iov[0] != 0)
    CaptureBytes(tid, payload, proto::kPtraceRegsArg, phase, iov[0], proto::PtraceRegsBytes(args[0], args[2], iov[1]), ~0ull);
}

// prctl's string or cell for the options strace decodes through them.
void CapturePrctl(pid_t tid, std::string* payload, const uint64_t args[6], uint8_t phase) {
  proto::PrctlTransfer t = proto::PrctlTransferOf(args[0], args[1], phase);
  uint64_t ptr = args[t.arg];
  if (ptr == 0) return;
  if (t.cell_size != 0) CaptureBytes(tid, payload, t.arg, phase, ptr, t.cell_size, ~0ull);
  else if (t.string_max != 0) CaptureString(tid, payload, t.arg, phase, ptr, t.string_max);
}

uint64_t StructBytes(pid_t tid, const ArgCapture& spec, const uint64_t args[6], uint32_t string_limit) {
  uint64_t param = spec.param >= 0 ? args[spec.param] : 0;
  if (spec.deref && spec.param >= 0) {
    uint32_t value = 0;
    if (param == 0 || ReadMemory(tid, param, &value, sizeof(value)) != sizeof(value)) return 0;
    param = value;
  }
  switch (spec.sizing) {
    case Sizing::kFixed: return spec.size;
    case Sizing::kBytesFromArg: return std::min<uint64_t>(spec.wide ? param : static_cast<uint32_t>(param), uint64_t{spec.size});
    case Sizing::kCountFromArg: return std::min<uint64_t>(spec.wide ? param : static_cast<uint32_t>(param), uint64_t{kMaxElements}) * spec.size;
    case Sizing::kBitsFromArg: return proto::BitMaskBytes(param, string_limit);
    case Sizing::kPagesFromArg: return std::min<uint64_t>(param / 4096 + (param % 4096 != 0), kMaxElements);
  }
  return 0;
}

// argv: [u16 length][u8 status][u8 0][bytes] per element, as the interposer
// writes it (tracer/capture.cc CaptureArgv: at most -s elements, an unreadable
// string's pointer as its bytes; under -v, at most kMaxElements).
void CaptureArgv(pid_t tid, std::string* payload, int arg, uint64_t ptr, uint32_t limit, uint64_t element_limit) {
  if (ptr == 0) return;
  std::string out;
  uint8_t status = 0;
  for (uint64_t i = 0;; ++i) {
    uint64_t p;
    if (ReadMemory(tid, ptr + i * 8, &p, 8) != 8) { status |= proto::kCaptureFaulted; break; }
    if (p == 0) break;
    if (i >= element_limit || out.size() > kMaxBytes) { status |= proto::kCaptureTruncated; break; }
    std::string s;
    bool truncated = false;
    bool ok = ReadString(tid, p, limit + 1, &s, &truncated);
    if (!ok) s.assign(reinterpret_cast<const char*>(&p), 8);  // the unreadable string's address
    uint16_t n = static_cast<uint16_t>(s.size());
    char head[4] = {static_cast<char>(n & 0xff), static_cast<char>(n >> 8),
                    static_cast<char>(!ok ? proto::kCaptureFaulted : truncated ? proto::kCaptureTruncated : 0), 0};
    out.append(head, 4);
    out += s;
  }
  AppendChunk(payload, arg, proto::kAtEntry, status, out.data(), out.size());
}

void CaptureDirentCount(pid_t tid, std::string* payload, int arg, uint64_t ptr, uint64_t bytes) {
  uint64_t count = 0, at = 0;
  uint8_t status = 0;
  while (at + 18 <= bytes) {
    uint16_t reclen;
    if (ReadMemory(tid, ptr + at + 16, &reclen, 2) != 2 || reclen == 0) { status = proto::kCaptureFaulted; break; }
    ++count;
    at += reclen;
  }
  AppendChunk(payload, arg, proto::kAtExit, status, &count, 8);
}

// -v: getdents' buffer itself, as the kernel filled it (as the interposer).
void CaptureDirents(pid_t tid, std::string* payload, uint64_t ptr, uint64_t bytes) {
  CaptureBytes(tid, payload, proto::kDirentBytesArg, proto::kAtExit, ptr, bytes, proto::kDirentBytesMax);
}

// -y: what the fd (AT_FDCWD: the working directory) refers to in that task;
// -yy (`details`): also what the interposer's kFdDetails chunk says of it.
void CaptureFdPath(pid_t tid, std::string* payload, int arg, int64_t fd, bool details) {
  char link[64];
  if (fd == -100) std::snprintf(link, sizeof(link), "/proc/%d/cwd", tid);
  else if (fd >= 0 && fd <= 0x7fffffff) std::snprintf(link, sizeof(link), "/proc/%d/fd/%lld", tid, static_cast<long long>(fd));
  else return;
  char path[proto::kPathCaptureMax];
  ssize_t len = readlink(link, path, sizeof(path));
  if (len <= 0) return;
  AppendChunk(payload, arg, proto::kFdPath, static_cast<size_t>(len) == sizeof(path) ? proto::kCaptureTruncated : 0, path,
              static_cast<size_t>(len));
  if (!details || fd < 0) return;
  std::string described(sizeof(proto::FdDetails) + 4096, '\0');
  uint32_t data_len = 0;
  auto* head = reinterpret_cast<proto::FdDetails*>(described.data());
  if (!DescribeFd(tid, static_cast<int>(fd), path, static_cast<uint32_t>(len), head,
                  reinterpret_cast<uint8_t*>(described.data()) + sizeof(proto::FdDetails), 4096, &data_len))
    return;
  AppendChunk(payload, arg, proto::kFdDetails, 0, described.data(), sizeof(proto::FdDetails) + data_len);
}

// -y: the fds ioctl's argument carries, as the interposer resolves them
// (tracer/capture_ioctl.cc CaptureIoctlFdPaths).
void CaptureIoctlFdPaths(pid_t tid, std::string* payload, const uint64_t args[6], uint32_t string_limit, bool details) {
  const proto::IoctlFd* d = proto::FindIoctlFd(args[1]);
  if (d == nullptr) return;
  if (d->place == proto::IoctlFdPlace::kValue) return CaptureFdPath(tid, payload, proto::kFdListArg0, static_cast<int32_t>(args[2]), details);
  uint8_t header[proto::kIoctlHeaderMax] = {};
  const proto::IoctlTransfer* t = proto::FindIoctlTransfer(args[1]);
  if (d->place == proto::IoctlFdPlace::kElements &&
      (t == nullptr || t->size > sizeof(header) || ReadMemory(tid, args[2], header, t->size) != t->size))
    return;
  proto::IoctlFdRun run = proto::IoctlFdRunOf(*d, args[2], header, string_limit);
  for (uint64_t i = 0; i < run.count; ++i) {
    int32_t fd;
    if (ReadMemory(tid, run.first + i * run.stride, &fd, sizeof(fd)) != sizeof(fd)) return;
    CaptureFdPath(tid, payload, proto::kFdListArg0 + static_cast<int>(i), fd, details);
  }
}

}  // namespace

// -v: the environment's strings in argv's format (CaptureArgv), without the
// launcher's own entries (as EnvCount counts them).
void RemoteCapture::EnvStrings(pid_t tid, uint64_t ptr, std::string* payload) const {
  std::string out;
  uint8_t status = 0;
  size_t compared = std::max<size_t>(our_audit_.size(), sizeof("LZPTRACE_CONFIG=")) + 1;
  for (uint64_t i = 0, n = 0;; ++i) {
    uint64_t p;
    if (i >= 65536 || ReadMemory(tid, ptr + i * 8, &p, 8) != 8) { status |= proto::kCaptureFaulted; break; }
    if (p == 0) break;
    std::string s;
    bool truncated = false;
    bool ok = ReadString(tid, p, std::max<size_t>(string_limit_ + 1, compared), &s, &truncated);
    if (ok && (s == our_audit_ || s.rfind("LZPTRACE_CONFIG=", 0) == 0)) continue;
    if (n++ >= kMaxElements || out.size() > kMaxBytes) { status |= proto::kCaptureTruncated; break; }
    if (!ok) s.assign(reinterpret_cast<const char*>(&p), 8);  // the unreadable string's address
    if (ok && s.size() > string_limit_ + 1) s.resize(string_limit_ + 1);
    uint16_t len = static_cast<uint16_t>(s.size());
    char head[4] = {static_cast<char>(len & 0xff), static_cast<char>(len >> 8),
                    static_cast<char>(!ok ? proto::kCaptureFaulted : s.size() == string_limit_ + 1 ? proto::kCaptureTruncated : 0), 0};
    out.append(head, 4);
    out += s;
  }
  AppendChunk(payload, proto::kEnvStringsArg, proto::kAtEntry, status, out.data(), out.size());
}

uint64_t RemoteCapture::EnvCount(pid_t tid, uint64_t ptr, uint8_t* status) const {
  uint64_t count = 0;
  for (uint64_t i = 0;; ++i) {
    uint64_t p;
    if (i >= 65536 || ReadMemory(tid, ptr + i * 8, &p, 8) != 8) {
      *status = proto::kCaptureFaulted;
      break;
    }
    if (p == 0) break;
    std::string entry;
    bool truncated = false;
    if (ReadString(tid, p, our_audit_.size() + 1, &entry, &truncated) &&
        (entry == our_audit_ || entry.rfind("LZPTRACE_CONFIG=", 0) == 0))
      continue;
    ++count;
  }
  return count;
}

std::string RemoteCapture::Path(pid_t tid, uint64_t addr) {
  std::string path;
  bool truncated = false;
  return addr != 0 && ReadString(tid, addr, proto::kPathCaptureMax, &path, &truncated) ? path : "";
}

// bpf(2): what the attributes point to, as the interposer copies it
// (tracer/capture.cc CaptureBpfPointee).
static void CaptureBpfPointee(pid_t tid, std::string* payload, const uint64_t args[6], uint32_t string_limit) {
  proto::BpfPointeeSpec p = proto::BpfPointeeOf(args[0]);
  uint8_t attr[24] = {};
  size_t size = std::min<uint64_t>(static_cast<uint32_t>(args[2]), sizeof(attr));
  if (p.kind == proto::BpfPointee::kNone || args[1] == 0 || size == 0 || ReadMemory(tid, args[1], attr, size) != size) return;
  uint64_t ptr = 0;
  uint32_t btf_size = 0;
  std::memcpy(&ptr, attr + p.offset, 8);
  std::memcpy(&btf_size, attr + 16, 4);
  if (ptr == 0) return;
  if (p.kind == proto::BpfPointee::kPath) CaptureString(tid, payload, proto::kBpfPointeeArg, proto::kAtEntry, ptr, proto::kPathCaptureMax);
  else if (p.kind == proto::BpfPointee::kBtf) CaptureBytes(tid, payload, proto::kBpfPointeeArg, proto::kAtEntry, ptr, btf_size, string_limit + 1);
  else CaptureString(tid, payload, proto::kBpfPointeeArg, proto::kAtEntry, ptr, string_limit + 1);
}

// name_to_handle_at/open_by_handle_at: struct file_handle, as the
// interposer copies it (proto::FileHandleArg).
// sendto's buffer at entry, recvfrom's at exit: on a netlink socket, its
// protocol as a chunk and the larger limit, as the interposer copies them.
static uint64_t NetlinkLimit(pid_t tid, std::string* payload, uint64_t nr, const uint64_t args[6], uint8_t phase,
                             uint64_t usual) {
  bool decoded = (nr == SYS_sendto && phase == proto::kAtEntry) || (nr == SYS_recvfrom && phase == proto::kAtExit);
  std::optional<int32_t> protocol = decoded ? RemoteNetlinkProtocol(tid, args[0]) : std::nullopt;
  if (!protocol) return usual;
  AppendChunk(payload, proto::kNetlinkArg, phase, 0, &*protocol, sizeof(*protocol));
  return std::max<uint64_t>(usual, proto::kNetlinkMessageMax);
}

// A classic BPF program's sock_fprog and instructions, as the interposer copies them.
static void CaptureFprog(pid_t tid, std::string* payload, uint64_t nr, const uint64_t args[6]) {
  int arg = proto::FprogArgOf(nr, args);
  uint64_t fprog[2];
  if (arg < 0 || ReadMemory(tid, args[arg], fprog, sizeof(fprog)) != sizeof(fprog)) return;
  AppendChunk(payload, proto::kFprogArg, proto::kAtEntry, 0, fprog, sizeof(fprog));
  uint64_t count = fprog[0] & 0xffff, filter = fprog[1];
  if (count == 0 || filter < 4096) return;
  std::string code(std::min<uint64_t>(count, proto::kFprogMaxInstructions) * proto::kSockFilterSize, '\0');
  size_t got = ReadMemory(tid, filter, code.data(), code.size()) / proto::kSockFilterSize * proto::kSockFilterSize;
  if (got == 0) return AppendChunk(payload, proto::kFprogInstructionsArg, proto::kAtEntry, proto::kCaptureFaulted, "", 0);
  AppendChunk(payload, proto::kFprogInstructionsArg, proto::kAtEntry,
              got < count * proto::kSockFilterSize ? proto::kCaptureTruncated : 0, code.data(), got);
}

// shmctl/semctl/msgctl's struct, by command, as the interposer copies it.
static void CaptureIpcBuffer(pid_t tid, std::string* payload, uint64_t nr, const uint64_t args[6], uint8_t phase) {
  int arg = proto::IpcBufferArg(nr);
  proto::IpcTransfer t = proto::IpcTransferOf(nr, args[arg - 1], args[arg], phase);
  if (t.arg >= 0) CaptureBytes(tid, payload, t.arg, phase, args[t.arg], t.size, ~0ull);
}

static void CaptureFileHandle(pid_t tid, std::string* payload, uint64_t nr, const uint64_t args[6], uint8_t phase) {
  int arg = proto::FileHandleArg(nr);
  uint32_t bytes = 0;
  if (args[arg] < 4096 || ReadMemory(tid, args[arg], &bytes, sizeof(bytes)) != sizeof(bytes)) return;
  uint64_t len = proto::kFileHandleHeader + (proto::FileHandleWhole(nr, phase) ? std::min(bytes, proto::kFileHandleMax) : 0);
  CaptureBytes(tid, payload, arg, phase, args[arg], len, ~0ull);
}

void RemoteCapture::AtEntry(pid_t tid, uint64_t nr, const uint64_t args[6], uint64_t ip, bool record_ip,
                            std::string* payload) const {
  if (record_ip) AppendChunk(payload, 0, proto::kInstructionPointer, 0, &ip, 8);
  if (nr >= static_cast<uint64_t>(kCaptureTableSize)) return;
  CaptureFprog(tid, payload, nr, args);
  if (nr == SYS_prctl) return CapturePrctl(tid, payload, args, proto::kAtEntry);
  if (nr == SYS_ptrace) return CapturePtrace(tid, payload, args, proto::kAtEntry);
  if (nr == SYS_io_uring_register) CaptureIoUringRegister(tid, payload, args, proto::kAtEntry);
  if (proto::IpcBufferArg(nr) >= 0) return CaptureIpcBuffer(tid, payload, nr, args, proto::kAtEntry);
  if (uint64_t bytes = proto::MsgbufBytes(nr, args[2], proto::kAtEntry, string_limit_); bytes != 0 && args[1] != 0)
    return CaptureBytes(tid, payload, proto::kMsgbufArg, proto::kAtEntry, args[1], bytes, ~0ull);  // (as the interposer)
  if (nr == SYS_bpf) CaptureBpfPointee(tid, payload, args, string_limit_);
  if (proto::FileHandleArg(nr) >= 0) CaptureFileHandle(tid, payload, nr, args, proto::kAtEntry);
  if (nr == SYS_futex && proto::FutexTakesTimeout(args[1]) && args[3] >= 4096)  // as the interposer: a waiting op's timeout
    return CaptureBytes(tid, payload, proto::kFutexTimeoutArg, proto::kAtEntry, args[3], proto::kFutexTimeoutBytes, ~0ull);
  if (nr == SYS_ioctl && decode_fds_) CaptureIoctlFdPaths(tid, payload, args, string_limit_, fd_details_);
  const SyscallCapture& spec = kCaptureSpecs[nr];
  for (int i = 0; i < 6; ++i) {
    const ArgCapture& a = spec.args[i];
    uint64_t v = args[i];
    switch (a.op) {
      case CaptureOp::kInIovec:
        CaptureIovec(tid, payload, i, proto::kAtEntry, v, args[a.param], -1, string_limit_ + 1, ElementLimit());
        break;
      case CaptureOp::kAddrIovec: CaptureIovec(tid, payload, i, proto::kAtEntry, v, args[a.param], 0, 0, ElementLimit()); break;
      case CaptureOp::kIoctlArg: CaptureIoctl(tid, payload, args, proto::kAtEntry, string_limit_); break;
      case CaptureOp::kFcntlArg:
        if (FcntlStructOf(args[1]).in && v != 0) CaptureBytes(tid, payload, i, proto::kAtEntry, v, FcntlStructOf(args[1]).size, ~0ull);
        break;
      case CaptureOp::kPath: CaptureString(tid, payload, i, proto::kAtEntry, v, proto::kPathCaptureMax); break;
      case CaptureOp::kString:  // (as the interposer: FSCONFIG_SET_BINARY's value is bytes)
        if (proto::FsconfigBinary(nr, i, args[1])) CaptureBytes(tid, payload, i, proto::kAtEntry, v, proto::FsconfigBinaryBytes(args[4], string_limit_), ~0ull);
        else CaptureString(tid, payload, i, proto::kAtEntry, v, string_limit_ + 1);
        break;
      case CaptureOp::kInBuf:
        CaptureBytes(tid, payload, i, proto::kAtEntry, v, args[a.param],
                     NetlinkLimit(tid, payload, nr, args, proto::kAtEntry, string_limit_ + 1));
        break;
      case CaptureOp::kInStruct:
      case CaptureOp::kInOutStruct:
        if (v != 0 && a.sizing == Sizing::kCountFromArg) CaptureArray(tid, payload, i, proto::kAtEntry, v, StructBytes(tid, a, args, string_limit_), a.size);
        else if (v != 0 && a.sizing == Sizing::kBitsFromArg) CaptureArray(tid, payload, i, proto::kAtEntry, v, StructBytes(tid, a, args, string_limit_), 8);
        else if (v != 0 && nr == SYS_clone3) CaptureArray(tid, payload, i, proto::kAtEntry, v, StructBytes(tid, a, args, string_limit_), 1);
        else if (v != 0) CaptureBytes(tid, payload, i, proto::kAtEntry, v, StructBytes(tid, a, args, string_limit_), ~0ull);
        break;
      case CaptureOp::kArgv: CaptureArgv(tid, payload, i, v, string_limit_, whole_arrays_ ? kMaxElements : string_limit_); break;
      case CaptureOp::kEnvp:
        if (v != 0) {
          uint8_t status = 0;
          uint64_t count = EnvCount(tid, v, &status);
          AppendChunk(payload, i, proto::kAtEntry, status, &count, 8);
          if (whole_arrays_) EnvStrings(tid, v, payload);
        }
        break;
      case CaptureOp::kFd:
        if (decode_fds_) CaptureFdPath(tid, payload, i, static_cast<int32_t>(v), fd_details_);
        break;
      default: break;
    }
  }
  // waitid(P_PIDFD, fd, ...): the id is an fd (-y shows its pidfd).
  constexpr uint64_t kPPidfd = 3;  // <linux/wait.h>
  if (nr == SYS_waitid && static_cast<uint32_t>(args[0]) == kPPidfd && decode_fds_)
    CaptureFdPath(tid, payload, 1, static_cast<int32_t>(args[1]), fd_details_);
}

void RemoteCapture::AtExit(pid_t tid, uint64_t nr, const uint64_t args[6], int64_t ret, std::string* payload) const {
  if (nr >= static_cast<uint64_t>(kCaptureTableSize)) return;
  const SyscallCapture& spec = kCaptureSpecs[nr];
  if (proto::FileHandleAtExit(nr, ret)) CaptureFileHandle(tid, payload, nr, args, proto::kAtExit);
  if (ret < 0) {  // a sleep a signal interrupted wrote the time it had left; a failed readv's array is still shown
    for (int i = 0; i < 6; ++i) {
      if (spec.args[i].op == CaptureOp::kRemaining && args[i] != 0 && proto::InterruptedBySignal(ret))
        CaptureBytes(tid, payload, i, proto::kAtExit, args[i], StructBytes(tid, spec.args[i], args, string_limit_), ~0ull);
      if (spec.args[i].op == CaptureOp::kOutIovec)
        CaptureIovec(tid, payload, i, proto::kAtExit, args[i], args[spec.args[i].param], 0, 0, ElementLimit());
    }
    return;
  }
  uint32_t filter_count = 0;  // getsockopt's SO_GET_FILTER: the program written back (as the interposer)
  if (nr == SYS_getsockopt && args[4] >= 4096 && ReadMemory(tid, args[4], &filter_count, sizeof(filter_count)) == sizeof(filter_count))
    if (uint64_t bytes = proto::GetFilterBytes(nr, args, filter_count))
      CaptureBytes(tid, payload, proto::kFprogInstructionsArg, proto::kAtExit, args[3], bytes, ~0ull);
  if (nr == SYS_prctl) return CapturePrctl(tid, payload, args, proto::kAtExit);
  if (nr == SYS_ptrace) return CapturePtrace(tid, payload, args, proto::kAtExit);
  if (nr == SYS_io_uring_register) CaptureIoUringRegister(tid, payload, args, proto::kAtExit);
  if (proto::IpcBufferArg(nr) >= 0) return CaptureIpcBuffer(tid, payload, nr, args, proto::kAtExit);
  if (uint64_t bytes = proto::MsgbufBytes(nr, args[2], proto::kAtExit, string_limit_); bytes != 0 && args[1] != 0)
    return CaptureBytes(tid, payload, proto::kMsgbufArg, proto::kAtExit, args[1], bytes, ~0ull);
  if (nr == SYS_arch_prctl && proto::ArchPrctlWritesCell(args[0]) && args[1] >= 4096)  // as the interposer
    CaptureBytes(tid, payload, 1, proto::kAtExit, args[1], 8, ~0ull);
  if (nr == SYS_bpf && proto::BpfWritesNextId(args[0]) && args[1] != 0)  // what *_GET_NEXT_ID wrote (next_id)
    CaptureBytes(tid, payload, proto::kBpfPointeeArg, proto::kAtExit, args[1], std::min<uint64_t>(static_cast<uint32_t>(args[2]), 8), ~0ull);
  if (spec.returns_fd && decode_fds_) CaptureFdPath(tid, payload, proto::kReturnArg, ret, fd_details_);
  for (int i = 0; i < 6; ++i) {
    const ArgCapture& a = spec.args[i];
    uint64_t v = args[i];
    if (v == 0) continue;
    switch (a.op) {
      case CaptureOp::kOutBuf:
        CaptureBytes(tid, payload, i, proto::kAtExit, v, proto::OutBufBytes(ret, args[a.param]),
                     NetlinkLimit(tid, payload, nr, args, proto::kAtExit, string_limit_ + 1));
        break;
      case CaptureOp::kOutStruct:
      case CaptureOp::kInOutStruct: CaptureBytes(tid, payload, i, proto::kAtExit, v, StructBytes(tid, a, args, string_limit_), ~0ull); break;
      case CaptureOp::kOutPath: CaptureString(tid, payload, i, proto::kAtExit, v, proto::kPathCaptureMax); break;
      case CaptureOp::kDirentCount:
        CaptureDirentCount(tid, payload, i, v, static_cast<uint64_t>(ret));
        if (whole_arrays_) CaptureDirents(tid, payload, v, static_cast<uint64_t>(ret));
        break;
      case CaptureOp::kOutIovec:
        CaptureIovec(tid, payload, i, proto::kAtExit, v, args[a.param], ret, string_limit_ + 1, ElementLimit());
        break;
      case CaptureOp::kIoctlArg: CaptureIoctl(tid, payload, args, proto::kAtExit, string_limit_); break;
      case CaptureOp::kFcntlArg:
        if (FcntlStructOf(args[1]).out) CaptureBytes(tid, payload, i, proto::kAtExit, v, FcntlStructOf(args[1]).size, ~0ull);
        break;
      default: break;
    }
  }
}

void RemoteCapture::StackAt(pid_t tid, std::string* payload) {
  struct user_regs_struct regs;
  if (ptrace(PTRACE_GETREGS, tid, nullptr, &regs) != 0) return;
  proto::StackSnapshot head = {regs.rip, regs.rsp, regs.rbp, regs.rbx, regs.r12, regs.r13, regs.r14, regs.r15};
  std::string data(sizeof(head) + proto::kStackSnapshotBytes, '\0');
  std::memcpy(data.data(), &head, sizeof(head));
  size_t got = ReadMemory(tid, regs.rsp, data.data() + sizeof(head), proto::kStackSnapshotBytes);
  if (got < proto::kStackSnapshotBytes) {  // (the stack's top is nearer: what is mapped of it, page by page)
    got = 0;
    while (got < proto::kStackSnapshotBytes) {
      size_t piece = std::min<size_t>(4096 - (regs.rsp + got) % 4096, proto::kStackSnapshotBytes - got);
      size_t n = ReadMemory(tid, regs.rsp + got, data.data() + sizeof(head) + got, piece);
      got += n;
      if (n < piece) break;
    }
  }
  AppendChunk(payload, 0, proto::kStackSnapshot, 0, data.data(), sizeof(head) + got);
}

std::string RemoteCapture::CodeMaps(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/maps");
  std::string line, kept;
  while (std::getline(in, line)) {
    // "start-end perms offset dev inode   path": executable, from a file
    size_t perms = line.find(' ');
    if (perms == std::string::npos || perms + 4 >= line.size() || line[perms + 3] != 'x') continue;
    size_t path = line.find('/', perms);
    if (path == std::string::npos || line.find_first_not_of(' ', line.find_last_of(' ', path - 1)) != path) continue;
    kept += line + "\n";
  }
  return kept;
}

}  // namespace lzp::cli::companion
