// cli/decode/aio.cc — the native AIO calls: io_setup's context id
// ("[0x7f...]", written by the kernel), io_getevents/io_pgetevents' events
// (as many struct io_event as the result says: "[]" when none came back),
// io_cancel's iocb (the fields that name the request) and io_pgetevents'
// struct __aio_sigset (<linux/aio_abi.h>):
// "{sigmask=[USR1], sigsetsize=8}", the mask read by the interposer through
// the struct's pointer (argument kAioSigmaskArg).
#include <sys/syscall.h>

#include <algorithm>

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

std::optional<std::string> ContextId(std::string_view b, const FormatOptions&) {
  if (b.size() < 8) return std::nullopt;
  return "[" + Pointer(Field<uint64_t>(b, 0)) + "]";
}

// struct io_event: data, obj (the iocb's address), res, res2.
std::optional<std::string> IoEvent(std::string_view b, const FormatOptions&) {
  if (b.size() < 32) return std::nullopt;
  return fmt::format("{{data={}, obj={}, res={}, res2={}}}", Hex(Field<uint64_t>(b, 0)), Pointer(Field<uint64_t>(b, 8)),
                     Field<int64_t>(b, 16), Field<int64_t>(b, 24));
}

std::optional<std::string> IoEvents(std::string_view b, const FormatOptions& o) {
  return FormatArray(b, 32, o, [&](std::string_view e) { return *IoEvent(e, o); });
}

// struct iocb as io_cancel shows it: aio_data, aio_lio_opcode, aio_fildes.
std::optional<std::string> Iocb(std::string_view b, const FormatOptions&) {
  if (b.size() < 64) return std::nullopt;
  return fmt::format("{{aio_data={}, aio_lio_opcode={}, aio_fildes={}}}", Hex(Field<uint64_t>(b, 0)),
                     FormatFlags("iocb_cmd", Field<uint16_t>(b, 16)), Field<int32_t>(b, 20));
}

}  // namespace

// io_pgetevents' and pselect6's sixth argument, {const sigset_t*, size_t}.
std::string FormatSigmaskArgument(const CallContext& c) {
  uint64_t ptr = c.rec.args[5];
  const Capture* cap = ptr != 0 && c.options.structs ? c.captures.Find(5, proto::kAtEntry) : nullptr;
  if (cap == nullptr || cap->faulted() || cap->data.size() < 16) return Pointer(ptr);
  uint64_t mask_ptr = Field<uint64_t>(cap->data, 0);
  std::string mask = Pointer(mask_ptr);
  const Capture* m = mask_ptr != 0 ? c.captures.Find(proto::kAioSigmaskArg, proto::kAtEntry) : nullptr;
  if (m != nullptr && !m->faulted() && m->data.size() >= 8) mask = FormatSigset(Field<uint64_t>(m->data, 0));
  return "{sigmask=" + mask + fmt::format(", sigsetsize={}}}", Field<uint64_t>(cap->data, 8));
}

namespace {

std::vector<std::string> GetEvents(const CallContext& c) {
  std::vector<std::string> out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  const Capture* cap = c.failed() || c.rec.args[3] == 0 ? nullptr : c.captures.Find(3, proto::kAtExit);
  if (cap != nullptr && !cap->faulted() && c.options.structs) {  // only the events the kernel wrote
    uint64_t filled = std::min<uint64_t>(static_cast<uint64_t>(c.rec.ret), cap->data.size() / 32);
    out[3] = IoEvents(cap->data.substr(0, filled * 32), c.options).value_or(out[3]);
  } else if (!c.failed() && c.rec.ret == 0 && c.rec.args[3] != 0) {
    out[3] = "[]";
  }
  if (c.rec.nr == SYS_io_pgetevents) out[5] = FormatSigmaskArgument(c);
  return out;
}

}  // namespace

const StructDecoder kAioDecoders[] = {
    {"aio_context", ContextId}, {"io_events", IoEvents}, {"io_event", IoEvent}, {"iocb", Iocb}, {nullptr, nullptr}};
const ArgumentsDecoder kAioGetEventsArguments = GetEvents;

}  // namespace lzp::cli
