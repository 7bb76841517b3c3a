// cli/decode/io_uring.cc — io_uring_setup's struct io_uring_params
// (<linux/io_uring.h>, 120 bytes): what the caller passed (flags, the SQ
// thread's cpu and idle time, wq_fd with IORING_SETUP_ATTACH_WQ, resv when
// not zero), then, when the call succeeded, what the kernel filled in: the
// ring sizes, the features and the two rings' offsets. io_uring_register's
// argument is io_uring_register.cc's.
#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

constexpr size_t kParamsSize = 120;
constexpr uint32_t kAttachWq = 1u << 5;  // IORING_SETUP_ATTACH_WQ

uint32_t U32(std::string_view b, size_t at) { return Field<uint32_t>(b, at); }

std::string Passed(std::string_view b) {
  uint32_t flags = U32(b, 8);
  std::string out = "{flags=" + FormatFlags("io_uring_setup", flags) + ", sq_thread_cpu=" + Hex(U32(b, 12)) +
                    fmt::format(", sq_thread_idle={}", U32(b, 16));
  if (flags & kAttachWq) out += fmt::format(", wq_fd={}", static_cast<int32_t>(U32(b, 24)));
  if (U32(b, 28) || U32(b, 32) || U32(b, 36))
    out += ", resv=[" + Hex(U32(b, 28)) + ", " + Hex(U32(b, 32)) + ", " + Hex(U32(b, 36)) + "]";
  return out;
}

std::string Answered(std::string_view b) {
  return fmt::format(", sq_entries={}, cq_entries={}, features=", U32(b, 0), U32(b, 4)) +
         FormatFlags("io_uring_features", U32(b, 20)) +
         fmt::format(", sq_off={{head={}, tail={}, ring_mask={}, ring_entries={}, flags={}, dropped={}, array={}}}",
                     U32(b, 40), U32(b, 44), U32(b, 48), U32(b, 52), U32(b, 56), U32(b, 60), U32(b, 64)) +
         fmt::format(", cq_off={{head={}, tail={}, ring_mask={}, ring_entries={}, overflow={}, cqes={}, flags={}}}",
                     U32(b, 80), U32(b, 84), U32(b, 88), U32(b, 92), U32(b, 96), U32(b, 100), U32(b, 104));
}

std::vector<std::string> Setup(const CallContext& c) {
  std::vector<std::string> out = {FormatArgument(c, 0), Pointer(c.rec.args[1])};
  const Capture* in = c.options.structs ? c.captures.Find(1, proto::kAtEntry) : nullptr;
  if (in == nullptr || in->faulted() || in->data.size() < kParamsSize) return out;
  out[1] = Passed(in->data);
  const Capture* back = c.failed() ? nullptr : c.captures.Find(1, proto::kAtExit);
  if (back != nullptr && !back->faulted() && back->data.size() >= kParamsSize) out[1] += Answered(back->data);
  out[1] += "}";
  return out;
}

}  // namespace

const ArgumentsDecoder kIoUringSetupArguments = Setup;

}  // namespace lzp::cli
