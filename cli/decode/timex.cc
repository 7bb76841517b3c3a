// cli/decode/timex.cc — adjtimex/clock_adjtime's struct timex (the kernel's
// __kernel_timex, <linux/timex.h>: 64-bit fields, ints padded to 8 bytes),
// every field in order as strace prints it, and the clock state after the
// result: "= 5 (TIME_ERROR)". The struct is shown as the kernel left it, so
// only after a successful call.
#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

constexpr size_t kTimexSize = 208;

std::optional<std::string> Timex(std::string_view b, const FormatOptions&) {
  if (b.size() < kTimexSize) return std::nullopt;
  auto i64 = [&](size_t at) { return Field<int64_t>(b, at); };
  std::string out = "{modes=" + FormatFlags("adjtimex_modes", Field<uint32_t>(b, 0));
  out += fmt::format(", offset={}, freq={}, maxerror={}, esterror={}", i64(8), i64(16), i64(24), i64(32));
  out += ", status=" + FormatFlags("adjtimex_status", static_cast<uint32_t>(Field<int32_t>(b, 40)));
  out += fmt::format(", constant={}, precision={}, tolerance={}", i64(48), i64(56), i64(64));
  out += ", time=" + FormatTimeval(b.substr(72, 16));
  out += fmt::format(", tick={}, ppsfreq={}, jitter={}, shift={}, stabil={}, jitcnt={}, calcnt={}, errcnt={}, stbcnt={}, tai={}}}",
                     i64(88), i64(96), i64(104), Field<int32_t>(b, 112), i64(120), i64(128), i64(136), i64(144),
                     i64(152), Field<int32_t>(b, 160));
  return out;
}

// The argument is in and out: strace shows the kernel's answer (the exit
// copy), or the address when the call failed.
std::vector<std::string> Adjtime(const CallContext& c) {
  int arg = c.info->nargs - 1;  // adjtimex(buf), clock_adjtime(clk_id, buf)
  std::vector<std::string> out;
  for (int i = 0; i < arg; ++i) out.push_back(FormatArgument(c, i));
  const Capture* cap = c.failed() || !c.options.structs ? nullptr : c.captures.Find(arg, proto::kAtExit);
  std::optional<std::string> text = cap != nullptr && !cap->faulted() ? Timex(cap->data, c.options) : std::nullopt;
  out.push_back(text ? *text : Pointer(c.rec.args[arg]));
  return out;
}

std::string ClockState(const CallContext& c, const std::string& value) {
  return c.failed() ? value : value + " (" + FlagNames("adjtimex_state", static_cast<uint64_t>(c.rec.ret)) + ")";  // by name under any -X
}

}  // namespace

const StructDecoder kTimexDecoders[] = {{"timex", Timex}, {nullptr, nullptr}};
const ArgumentsDecoder kAdjtimeArguments = Adjtime;
const ReturnAnnotator kAdjtimeResult = ClockState;

}  // namespace lzp::cli
