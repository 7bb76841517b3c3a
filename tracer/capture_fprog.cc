// tracer/capture_fprog.cc — a classic BPF program's struct sock_fprog and
// its instructions, as tracer/fprog_transfers.h says: the sock_fprog is read
// once (a fault-safe copy) for its length and pointer, then copied as a
// chunk of its own, and as many of its instructions as are readable (at
// most proto::kFprogMaxInstructions) after it. getsockopt's SO_GET_FILTER
// answer: as many instructions as the kernel says it wrote (in *optlen).
#include "tracer/capture_writer.h"
#include "tracer/fprog_transfers.h"
#include "tracer/safe_copy.h"

namespace lzp::capture {

void CaptureFprog(Writer& w, const EntryFrame* f) {
  const uint64_t args[6] = {f->rdi, f->rsi, f->rdx, f->r10, f->r8, f->r9};
  int arg = proto::FprogArgOf(f->nr, args);
  uint64_t fprog[2];
  if (arg < 0 || !CopyFromApp(fprog, args[arg], sizeof(fprog))) return;
  CaptureBytes(w, proto::kFprogArg, proto::kAtEntry, args[arg], sizeof(fprog), ~0ull);
  uint64_t count = fprog[0] & 0xffff, filter = fprog[1];
  if (count == 0 || filter < 4096) return;
  // As many whole instructions as are readable: strace prints those and
  // where reading stopped; none readable is a faulted chunk (the address).
  CaptureChunk* c = w.Begin(proto::kFprogInstructionsArg, proto::kAtEntry);
  uint64_t want = Min(Min(count, proto::kFprogMaxInstructions) * proto::kSockFilterSize, w.Room());
  uint64_t r = lzp_safe_copy(w.Data(c), reinterpret_cast<const void*>(filter), want);
  uint64_t got = (r & ~kCopyFaulted) / proto::kSockFilterSize * proto::kSockFilterSize;
  if (got == 0) return w.End(c, 0, proto::kCaptureFaulted);
  w.End(c, static_cast<uint32_t>(got), got < count * proto::kSockFilterSize ? proto::kCaptureTruncated : 0);
}

void CaptureFilterAnswer(Writer& w, const EntryFrame* f) {
  const uint64_t args[6] = {f->rdi, f->rsi, f->rdx, f->r10, f->r8, f->r9};
  uint32_t count = 0;
  if (args[4] < 4096 || !CopyFromApp(&count, args[4], sizeof(count))) return;
  if (uint64_t bytes = proto::GetFilterBytes(f->nr, args, count))
    CaptureBytes(w, proto::kFprogInstructionsArg, proto::kAtExit, args[3], bytes, ~0ull);
}

}  // namespace lzp::capture
