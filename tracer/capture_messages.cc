// tracer/capture_messages.cc — what the interposer copies for calls whose
// data hangs off a struct: sendmsg/recvmsg's msghdr (address, iovecs,
// control data), sendmmsg/recvmmsg's array of them, and (-y) the paths of
// the fds listed inside arguments: SCM_RIGHTS messages, select's sets,
// poll's array. Slot numbers are in capture_format.h.
#include <sys/syscall.h>

#include "tracer/capture_writer.h"
#include "tracer/process.h"
#include "tracer/safe_copy.h"

namespace lzp::capture {
namespace {

// -y: after the control data captured at `chunk_at`, the path of every fd in
// its SCM_RIGHTS messages (read from our copy, not the application's).
void CaptureRightsPaths(Writer& w, uint32_t chunk_at) {
  const auto* chunk = reinterpret_cast<const CaptureChunk*>(w.base + chunk_at);
  if (chunk->status & proto::kCaptureFaulted) return;
  uint8_t copy[proto::kMsgControlMax];  // CaptureFdPath appends to the same buffer: work from a copy
  uint32_t length = chunk->length < sizeof(copy) ? chunk->length : sizeof(copy);
  for (uint32_t i = 0; i < length; ++i) copy[i] = w.base[chunk_at + sizeof(CaptureChunk) + i];
  constexpr int32_t kSolSocket = 1, kScmRights = 1;
  uint32_t fd_index = 0;
  for (uint32_t at = 0; at + 16 <= length && fd_index < proto::kFdListMax;) {
    uint64_t cmsg_len = *reinterpret_cast<const uint64_t*>(copy + at);
    int32_t level = *reinterpret_cast<const int32_t*>(copy + at + 8), type = *reinterpret_cast<const int32_t*>(copy + at + 12);
    if (cmsg_len < 16 || cmsg_len > length - at) break;
    if (level == kSolSocket && type == kScmRights)
      for (uint64_t d = 16; d + 4 <= cmsg_len && fd_index < proto::kFdListMax; d += 4)
        CaptureFdPath(w, proto::kFdListArg0 + fd_index++, *reinterpret_cast<const int32_t*>(copy + at + d));
    at += static_cast<uint32_t>((cmsg_len + 7) & ~uint64_t{7});
  }
}

// -y: the paths of the fds select's sets (arguments 1-3, nfds bits each) and
// poll's pollfd array (argument 0, nfds entries) name, in order.
}  // namespace

void CaptureListedFdPaths(Writer& w, const EntryFrame* f) {
  uint32_t slot = 0;
  if (f->nr == SYS_select || f->nr == SYS_pselect6) {
    uint64_t nfds = f->rdi < 1024 ? f->rdi : 1024;
    for (int set = 1; set <= 3; ++set) {
      uint64_t bits[16];
      if (f->arg(set) == 0 || !CopyFromApp(bits, f->arg(set), (nfds + 63) / 64 * 8)) continue;
      for (uint64_t fd = 0; fd < nfds && slot < proto::kFdListMax; ++fd)
        if ((bits[fd / 64] >> (fd % 64)) & 1) CaptureFdPath(w, proto::kFdListArg0 + slot++, static_cast<int64_t>(fd));
    }
    return;
  }
  uint64_t n = f->rsi < proto::kFdListMax ? f->rsi : proto::kFdListMax;  // poll, ppoll
  for (uint64_t i = 0; i < n; ++i) {
    int32_t fd;
    if (!CopyFromApp(&fd, f->rdi + i * 8, 4)) return;
    if (fd >= 0) CaptureFdPath(w, proto::kFdListArg0 + slot, fd);
    ++slot;
  }
}

// sendmsg (at entry) and recvmsg (at exit, data up to the result): the
// buffers the struct msghdr in argument 1 points to.
// One struct msghdr at `address`: its address, iovecs (with up to `total`
// bytes of data, -1 for all) and control data, as arguments first_arg,
// first_arg + 1, first_arg + 2.
void CaptureMsghdrAt(Writer& w, uint8_t phase, int64_t total, uint64_t limit, uint64_t address, uint8_t first_arg,
                     bool rights_paths) {
  struct {
    uint64_t name;
    uint32_t namelen, pad;
    uint64_t iov, iovlen, control, controllen;
    int32_t flags, pad2;
  } m;
  static_assert(sizeof(m) == 56, "struct msghdr on x86-64");
  if (!CopyFromApp(&m, address, sizeof(m))) return;
  if (m.name != 0 && m.namelen != 0) CaptureBytes(w, first_arg, phase, m.name, m.namelen, proto::kMsgNameMax);
  CaptureIovec(w, first_arg + 1, phase, m.iov, m.iovlen, total, limit);
  if (m.control == 0 || m.controllen == 0) return;
  uint32_t control_at = *w.used;
  CaptureBytes(w, first_arg + 2, phase, m.control, m.controllen, proto::kMsgControlMax);
  if (rights_paths && g_process.decode_fds && *w.used > control_at) CaptureRightsPaths(w, control_at);
}

void CaptureMsghdrParts(Writer& w, const SyscallCapture& spec, const EntryFrame* f, uint8_t phase, int64_t total) {
  static_assert(proto::kMsgIovArg == proto::kMsgNameArg + 1 && proto::kMsgControlArg == proto::kMsgNameArg + 2);
  uint64_t limit = NetlinkBufferLimit(w, f, phase, BufferLimit(spec, f, phase == proto::kAtExit));  // more on netlink
  CaptureMsghdrAt(w, phase, total, limit, f->arg(1), proto::kMsgNameArg, true);
}

// sendmmsg (at entry: every message's data; at exit: the array again, for
// msg_len) and recvmmsg (at exit: the array, and the data of the messages
// received, each cut at its msg_len).
void CaptureMmsgParts(Writer& w, const SyscallCapture& spec, const EntryFrame* f, uint8_t phase, int64_t count) {
  constexpr uint64_t kEntry = 64;  // struct mmsghdr: msghdr, msg_len, padding
  uint64_t vec = f->arg(1), n = f->arg(2) < proto::kMmsgMax ? f->arg(2) : proto::kMmsgMax;
  if (vec == 0 || n == 0) return;
  CaptureBytes(w, 1, phase, vec, n * kEntry, ~0ull);
  if (phase == proto::kAtExit && f->nr == SYS_sendmmsg) return;  // its data went out at entry
  if (count >= 0 && static_cast<uint64_t>(count) < n) n = static_cast<uint64_t>(count);
  if (n == 0) return;
  uint64_t limit = NetlinkBufferLimit(w, f, phase, BufferLimit(spec, f, phase == proto::kAtExit));  // more on netlink
  for (uint64_t k = 0; k < n; ++k) {
    int64_t received = -1;
    if (phase == proto::kAtExit) {
      uint32_t len;
      if (!CopyFromApp(&len, vec + k * kEntry + 56, 4)) return;
      received = len;
    }
    CaptureMsghdrAt(w, phase, received, limit, vec + k * kEntry, static_cast<uint8_t>(proto::kMmsgArg0 + 3 * k), false);
  }
}

}  // namespace lzp::capture
