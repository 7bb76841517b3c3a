// cli/decode/aio.cc — the native AIO calls: io_setup's context id
// ("[0x7f...]", written by the kernel), io_getevents/io_pgetevents' events
// (as many struct io_event as the result says: "[]" when none came back),
// io_cancel's iocb (the fields that name the request: IocbHeader), io_submit's array
// of iocbs (each decoded by its opcode, see SubmittedIocb) and
// io_pgetevents' struct __aio_sigset (<linux/aio_abi.h>):
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

// The request's names, up to aio_fildes, as both calls print them.
std::string IocbHeader(std::string_view b) {
  constexpr uint32_t kFlagIoprio = 2;
  uint16_t opcode = Field<uint16_t>(b, 16);
  uint32_t key = Field<uint32_t>(b, 8), rw_flags = Field<uint32_t>(b, 12), flags = Field<uint32_t>(b, 56);
  int16_t reqprio = Field<int16_t>(b, 18);
  std::string out = "{aio_data=" + Hex(Field<uint64_t>(b, 0));
  if (key != 0) out += fmt::format(", aio_key={}", key);
  if (rw_flags != 0) out += ", aio_rw_flags=" + FormatFlags("rwf", rw_flags);
  std::string name = FlagNames("iocb_cmd", opcode);  // the opcode in decimal under -X raw|verbose, as strace
  std::string number = fmt::format("{}", opcode);
  out += ", aio_lio_opcode=" + (name.starts_with("0x") ? UnknownConstant(number, "IOCB_CMD_???") : StyledConstant(number, name));
  if (flags & kFlagIoprio) out += ", aio_reqprio=" + FormatIoprio(static_cast<uint16_t>(reqprio), true);
  else if (reqprio != 0) out += fmt::format(", aio_reqprio={}", reqprio);
  return out + fmt::format(", aio_fildes={}", Field<int32_t>(b, 20));
}

// struct iocb as io_cancel shows it: the request's names (IocbHeader).
std::optional<std::string> Iocb(std::string_view b, const FormatOptions&) {
  if (b.size() < 64) return std::nullopt;
  return IocbHeader(b) + "}";
}

// struct iocb as io_submit shows it (<linux/aio_abi.h>: data @0, key @8,
// rw_flags @12, opcode @16, reqprio @18, fildes @20, buf @24, nbytes @32,
// offset @40, flags @56, resfd @60): the request's names, then what the
// opcode uses of the rest — a read's buffer as an address, a write's as
// its bytes, the vectored ones' iovec arrays, poll's events — and the
// completion fields (aio_flags, aio_resfd: hex without IOCB_FLAG_RESFD).
// `data` is what the interposer copied from aio_buf (kIocbDataArg0 + k).
std::string SubmittedIocb(std::string_view b, const Capture* data, const FormatOptions& o) {
  enum : uint16_t { kPread = 0, kPwrite = 1, kPoll = 5, kPreadv = 7, kPwritev = 8 };
  constexpr uint32_t kFlagResfd = 1;
  uint16_t opcode = Field<uint16_t>(b, 16);
  uint32_t flags = Field<uint32_t>(b, 56);
  uint64_t buf = Field<uint64_t>(b, 24), nbytes = Field<uint64_t>(b, 32);
  std::string out = IocbHeader(b);
  std::string offset = fmt::format(", aio_offset={}", Field<int64_t>(b, 40));
  switch (opcode) {
    case kPread: out += ", aio_buf=" + Pointer(buf) + fmt::format(", aio_nbytes={}", nbytes) + offset; break;
    case kPwrite: {
      std::string bytes = data == nullptr || data->faulted() || buf == 0
                              ? Pointer(buf)
                              : Quote(data->data.substr(0, o.string_limit), StyleOf(o), nbytes > o.string_limit);
      out += ", aio_buf=" + bytes + fmt::format(", aio_nbytes={}", nbytes) + offset;
      break;
    }
    case kPreadv: case kPwritev: out += ", aio_buf=" + FormatIovecs(data, buf, o, opcode == kPreadv) + offset; break;
    case kPoll: out += ", aio_buf=" + FormatFlags("poll", buf); break;
    default: return out + "}";
  }
  if (flags != 0) out += ", aio_flags=" + FormatFlags("iocb_flags", flags);
  uint32_t resfd = Field<uint32_t>(b, 60);
  if (flags & kFlagResfd) out += fmt::format(", aio_resfd={}", static_cast<int32_t>(resfd));
  else if (resfd != 0) out += ", aio_resfd=" + Hex(resfd);
  return out + "}";
}

// io_submit(ctx, nr, iocbpp): the array of pointers, each iocb decoded where
// the interposer copied it, -s of them unless -v.
std::vector<std::string> Submit(const CallContext& c) {
  std::vector<std::string> out = {FormatArgument(c, 0), FormatArgument(c, 1), Pointer(c.rec.args[2])};
  const Capture* array = c.rec.args[2] != 0 && c.options.structs ? c.captures.Find(2, proto::kAtEntry) : nullptr;
  // A faulted array keeps the pointers read before the fault (its end: "... /* address */").
  // A negative count (nr is a long): the kernel reads nothing, an address.
  if (array == nullptr || (array->faulted() && array->data.size() < 8) || static_cast<int64_t>(c.rec.args[1]) < 0) return out;
  size_t limit = c.options.verbose ? array->data.size() / 8 : c.options.string_limit;
  std::string list = "[";
  size_t k = 0;
  for (; (k + 1) * 8 <= array->data.size(); ++k) {
    if (k) list += ", ";
    if (k >= limit) {
      list += "...";
      break;
    }
    uint64_t ptr = Field<uint64_t>(array->data, k * 8);
    const Capture* iocb = k < proto::kIocbMax ? c.captures.Find(static_cast<int>(proto::kIocbArg0 + k), proto::kAtEntry) : nullptr;
    if (iocb == nullptr || iocb->faulted() || iocb->data.size() < 64) {
      list += Pointer(ptr);
      continue;
    }
    list += SubmittedIocb(iocb->data, c.captures.Find(static_cast<int>(proto::kIocbDataArg0 + k), proto::kAtEntry), c.options);
  }
  if (array->truncated() && list.back() != '.') list += array->data.empty() ? "..." : ", ...";
  if (array->faulted() && list.back() != '.') list += ", ... /* " + Pointer(c.rec.args[2] + k * 8) + " */";
  out[2] = list + "]";
  return out;
}

}  // namespace

// io_pgetevents' and pselect6's sixth argument, {const sigset_t*, size_t}.
std::string FormatSigmaskArgument(const CallContext& c) {
  uint64_t ptr = c.rec.args[5];
  const Capture* cap = ptr != 0 && c.options.structs ? c.captures.Find(5, proto::kAtEntry) : nullptr;
  if (cap == nullptr || cap->faulted() || cap->data.size() < 16) return Pointer(ptr);
  uint64_t mask_ptr = Field<uint64_t>(cap->data, 0);
  std::string mask = Pointer(mask_ptr);
  bool kernel_size = Field<uint64_t>(cap->data, 8) == 8;  // a mask of another size is not read: its address
  const Capture* m = mask_ptr != 0 && kernel_size ? c.captures.Find(proto::kAioSigmaskArg, proto::kAtEntry) : nullptr;
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
const ArgumentsDecoder kAioSubmitArguments = Submit;

}  // namespace lzp::cli
