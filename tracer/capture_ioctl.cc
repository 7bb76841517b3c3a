// tracer/capture_ioctl.cc — ioctl's third argument, as tracer/ioctl_transfers.h
// says for the request: a string, or the fixed bytes of a struct, then the
// struct's tail (elements a count field of it says, or what a pointer field
// points to), in the phases the transfer's direction names. The header is
// read once more into a small local buffer to find the tail; a tail is copied
// as far as it is readable, so that the CLI can show the readable elements.
// Under -y, the fds the argument carries are resolved at entry as well.
#include "tracer/capture_writer.h"
#include "tracer/ioctl_transfers.h"
#include "tracer/safe_copy.h"

namespace lzp::capture {

// As many of `len` bytes at ptr as are readable (and fit), the chunk marked
// faulted when the copy stopped early and truncated when more was asked for.
static void CaptureReadablePrefix(Writer& w, int arg, uint8_t phase, uint64_t ptr, uint64_t len, bool truncated) {
  CaptureChunk* c = w.Begin(arg, phase);
  uint64_t n = Min(len, w.Room());
  uint64_t r = n ? lzp_safe_copy(w.Data(c), reinterpret_cast<const void*>(ptr), n) : 0;
  uint8_t status = (r & kCopyFaulted) ? proto::kCaptureFaulted : 0;
  if (truncated || n < len) status |= proto::kCaptureTruncated;
  w.End(c, static_cast<uint32_t>(r & ~kCopyFaulted), status);
}

void CaptureIoctlArgument(Writer& w, const EntryFrame* f, uint8_t phase) {
  const proto::IoctlTransfer* t = proto::FindIoctlTransfer(f->arg(1));
  uint64_t arg = f->arg(2);
  if (t == nullptr || arg == 0) return;
  if (t->direction == (phase == proto::kAtEntry ? proto::IoctlDirection::kOut : proto::IoctlDirection::kIn)) return;
  if (t->tail.kind == proto::IoctlTailKind::kString)
    return CaptureString(w, 2, phase, arg, t->size != 0 ? t->size : StringLimit() + 1);
  CaptureBytes(w, 2, phase, arg, t->size, ~0ull);
  if (t->tail.kind == proto::IoctlTailKind::kNone) return;
  uint8_t header[proto::kIoctlHeaderMax];
  if (!CopyFromApp(header, arg, t->size)) return;
  proto::IoctlTailSpan span = proto::IoctlTailOf(*t, arg, header, phase == proto::kAtExit, StringLimit());
  if (span.address != 0) CaptureReadablePrefix(w, proto::kIoctlTailArg, phase, span.address, span.bytes, span.truncated);
}

void CaptureIoctlFdPaths(Writer& w, const EntryFrame* f) {
  const proto::IoctlFd* d = proto::FindIoctlFd(f->arg(1));
  if (d == nullptr) return;
  if (d->place == proto::IoctlFdPlace::kValue) return CaptureFdPath(w, proto::kFdListArg0, static_cast<int32_t>(f->arg(2)));
  uint8_t header[proto::kIoctlHeaderMax] = {};  // the elements' count is in it
  const proto::IoctlTransfer* t = proto::FindIoctlTransfer(f->arg(1));
  if (d->place == proto::IoctlFdPlace::kElements &&
      (t == nullptr || t->size > sizeof(header) || !CopyFromApp(header, f->arg(2), t->size)))
    return;
  proto::IoctlFdRun run = proto::IoctlFdRunOf(*d, f->arg(2), header, StringLimit());
  for (uint64_t i = 0; i < run.count; ++i) {
    int32_t fd;
    if (!CopyFromApp(&fd, run.first + i * run.stride, sizeof(fd))) return;
    CaptureFdPath(w, proto::kFdListArg0 + static_cast<int>(i), fd);
  }
}

}  // namespace lzp::capture
