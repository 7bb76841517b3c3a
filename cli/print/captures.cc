// cli/print/captures.cc — see captures.h. The payload comes from the tracee: every
// length is checked against what is left before it is used.
#include "cli/print/captures.h"


#include <cstring>
#include "tracer/fprog_transfers.h"

#include "tracer/io_uring_transfers.h"
#include "tracer/ioctl_transfers.h"
#include "tracer/ptrace_transfers.h"

namespace lzp::cli {

bool Captures::ParseChunks(const uint8_t* payload, uint64_t size) {
  entries_.clear();
  uint64_t at = 0;
  while (at < size) {
    if (size - at < sizeof(proto::CaptureChunk)) return entries_.clear(), false;
    proto::CaptureChunk chunk;
    std::memcpy(&chunk, payload + at, sizeof(chunk));
    at += sizeof(chunk);
    bool fd_path = chunk.phase == proto::kFdPath || chunk.phase == proto::kFdDetails;
    bool cmsg_fd = chunk.arg >= proto::kFdListArg0 && chunk.arg < proto::kFdListArg0 + proto::kFdListMax;
    bool mmsg = chunk.arg >= proto::kMmsgArg0 && chunk.arg < proto::kMmsgArg0 + 3 * proto::kMmsgMax;
    bool iocb = chunk.arg >= proto::kIocbArg0 && chunk.arg < proto::kIocbDataArg0 + proto::kIocbMax;
    bool arg_ok = chunk.arg <= 5 || (fd_path ? chunk.arg <= proto::kPairArg1 || cmsg_fd
                                             : (chunk.arg >= proto::kMsgNameArg && chunk.arg <= proto::kMsgControlArg) || mmsg ||
                                                   chunk.arg == proto::kBpfPointeeArg || chunk.arg == proto::kAioSigmaskArg || iocb ||
                                                   chunk.arg == proto::kIoctlTailArg || chunk.arg == proto::kNetlinkArg ||
                                                   chunk.arg == proto::kFprogArg || chunk.arg == proto::kFprogInstructionsArg ||
                                                   chunk.arg == proto::kPtraceRegsArg || chunk.arg == proto::kEnvStringsArg ||
                                                   chunk.arg == proto::kDirentBytesArg || chunk.arg == proto::kIoUringInnerArg ||
                                                   chunk.arg == proto::kIoUringTagsArg || chunk.arg == proto::kKvmExitReasonArg);
    if (!arg_ok || chunk.phase > proto::kHandlerNote || chunk.length > size - at)
      return entries_.clear(), false;
    Entry e{chunk.arg, chunk.phase, {chunk.status, {reinterpret_cast<const char*>(payload + at), chunk.length}}};
    entries_.push_back(e);
    uint64_t padded = (uint64_t{chunk.length} + 7) & ~uint64_t{7};
    at += padded > size - at ? size - at : padded;
  }
  return true;
}

const Capture* Captures::FindEntry(int arg, uint8_t phase) const {
  for (const Entry& e : entries_)
    if (e.arg == arg && e.phase == phase) return &e.capture;
  return nullptr;
}

const Capture* Captures::Latest(int arg) const {
  const Capture* exit = Find(arg, proto::kAtExit);
  return exit ? exit : Find(arg, proto::kAtEntry);
}

}  // namespace lzp::cli
