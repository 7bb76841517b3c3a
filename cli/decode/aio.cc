// cli/decode/aio.cc — the native AIO calls: io_setup's context id
// ("[0x7f...]", written by the kernel), io_getevents/io_pgetevents' events
// ("[]" when none came back; the address otherwise: the io_event array is not
// decoded) and io_pgetevents' struct __aio_sigset (<linux/aio_abi.h>):
// "{sigmask=[USR1], sigsetsize=8}", the mask read by the interposer through
// the struct's pointer (argument kAioSigmaskArg).
#include <sys/syscall.h>

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

std::optional<std::string> ContextId(std::string_view b, const FormatOptions&) {
  if (b.size() < 8) return std::nullopt;
  return "[" + Pointer(Field<uint64_t>(b, 0)) + "]";
}

std::string SigsetArgument(const CallContext& c) {
  uint64_t ptr = c.rec.args[5];
  const Capture* cap = ptr != 0 && c.options.structs ? c.captures.Find(5, proto::kAtEntry) : nullptr;
  if (cap == nullptr || cap->faulted() || cap->data.size() < 16) return Pointer(ptr);
  uint64_t mask_ptr = Field<uint64_t>(cap->data, 0);
  std::string mask = Pointer(mask_ptr);
  const Capture* m = mask_ptr != 0 ? c.captures.Find(proto::kAioSigmaskArg, proto::kAtEntry) : nullptr;
  if (m != nullptr && !m->faulted() && m->data.size() >= 8) mask = FormatSigset(Field<uint64_t>(m->data, 0));
  return "{sigmask=" + mask + fmt::format(", sigsetsize={}}}", Field<uint64_t>(cap->data, 8));
}

std::vector<std::string> GetEvents(const CallContext& c) {
  std::vector<std::string> out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  if (!c.failed() && c.rec.ret == 0 && c.rec.args[3] != 0) out[3] = "[]";
  if (c.rec.nr == SYS_io_pgetevents) out[5] = SigsetArgument(c);
  return out;
}

}  // namespace

const StructDecoder kAioDecoders[] = {{"aio_context", ContextId}, {nullptr, nullptr}};
const ArgumentsDecoder kAioGetEventsArguments = GetEvents;

}  // namespace lzp::cli
