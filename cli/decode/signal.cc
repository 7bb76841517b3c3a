// cli/decode/signal.cc — sigset_t, the kernel's struct sigaction, stack_t
// and siginfo_t (<asm/signal.h>, <asm-generic/siginfo.h>); rt_sigpending's
// set as far as its size, and rt_sigtimedwait's result with the signal's name.
#include <signal.h>

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/siginfo_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {

namespace {
// A signal's name inside a set: without "SIG" ("INT", "RTMIN", "RT_1"); -X
// raw: "2", verbose: "2 /* INT */".
std::string SetMember(int sig) {
  std::string label = SignalLabel(sig);
  return StyledConstant(fmt::format("{}", sig), label.rfind("SIG", 0) == 0 ? label.substr(3) : "");
}
}  // namespace

std::string FormatSigset(uint64_t mask) {
  // strace prints the complement when more than half of the 64 signals are set.
  bool inverted = __builtin_popcountll(mask) > 32;
  uint64_t shown = inverted ? ~mask : mask;
  std::string out = inverted ? "~[" : "[";
  bool first = true;
  for (int sig = 1; sig <= 64; ++sig) {
    if (!(shown & (uint64_t{1} << (sig - 1)))) continue;
    if (!first) out += ' ';
    out += SetMember(sig);
    first = false;
  }
  return out + "]";
}

namespace {

std::optional<std::string> Sigset(std::string_view b, const FormatOptions&) {
  if (b.size() < 8) return std::nullopt;
  return FormatSigset(Field<uint64_t>(b, 0));
}

std::string Handler(uint64_t h) {
  if (h == 0) return StyledConstant("0", "SIG_DFL");  // -X raw: 0, verbose: 0 /* SIG_DFL */
  if (h == 1) return StyledConstant("0x1", "SIG_IGN");
  if (h == ~uint64_t{0}) return StyledConstant("0xffffffffffffffff", "SIG_ERR");
  return fmt::format("{:#x}", h);
}

std::optional<std::string> Sigaction(std::string_view b, const FormatOptions&) {
  if (b.size() < 32) return std::nullopt;
  uint64_t flags = Field<uint64_t>(b, 8);
  std::string out = fmt::format("{{sa_handler={}, sa_mask={}, sa_flags={}", Handler(Field<uint64_t>(b, 0)),
                                FormatSigset(Field<uint64_t>(b, 24)), FormatFlags("sigaction_flags", flags));
  if (flags & 0x04000000) out += ", sa_restorer=" + Pointer(Field<uint64_t>(b, 16));
  return out + "}";
}

std::optional<std::string> StackT(std::string_view b, const FormatOptions&) {
  if (b.size() < 24) return std::nullopt;
  std::string flag_text = FormatFlags("sigaltstack", Field<uint32_t>(b, 8));
  uint64_t sp = Field<uint64_t>(b, 0);
  return fmt::format("{{ss_sp={}, ss_flags={}, ss_size={}}}", sp ? fmt::format("{:#x}", sp) : "NULL", flag_text,
                     Field<uint64_t>(b, 16));
}

std::optional<std::string> Siginfo(std::string_view b, const FormatOptions&) {
  if (b.size() < 128) return std::nullopt;
  if (Field<int32_t>(b, 0) == 0) return "{}";  // no signal: strace prints none of the fields
  proto::SignalRecord rec{};
  std::memcpy(rec.siginfo, b.data(), 128);
  rec.signo = Field<int32_t>(b, 0);
  std::string line = FormatSignal(rec);  // "--- SIGX {...} ---"
  size_t open = line.find('{'), close = line.rfind('}');
  return line.substr(open, close - open + 1);
}

}  // namespace

namespace {

// rt_sigpending: the kernel writes sigsetsize bytes (it refuses more than 8),
// so the signals shown are those in the bytes written; the rest of the
// captured 8 is whatever the buffer held before. A size of 0 (nothing
// written) shows the address, as strace.
std::vector<std::string> Sigpending(const CallContext& c) {
  std::vector<std::string> out = {FormatArgument(c, 0), FormatArgument(c, 1)};
  const Capture* cap = c.captures.Find(0, proto::kAtExit);
  uint64_t size = c.rec.args[1];
  if (size == 0) {
    out[0] = Pointer(c.rec.args[0]);
    return out;
  }
  if (c.failed() || size >= 8 || cap == nullptr || cap->faulted() || cap->data.size() < 8) return out;
  out[0] = FormatSigset(Field<uint64_t>(cap->data, 0) & ((uint64_t{1} << (size * 8)) - 1));
  return out;
}

// rt_sigtimedwait returns the signal taken: "= 10 (SIGUSR1)".
std::string SignalResult(const CallContext& c, const std::string& value) {
  return c.failed() || c.rec.ret <= 0 ? value : value + " (" + SignalLabel(static_cast<int>(c.rec.ret)) + ")";
}

}  // namespace

const ArgumentsDecoder kSigpendingArguments = Sigpending;
const ReturnAnnotator kSignalResult = SignalResult;

const StructDecoder kSignalDecoders[] = {
    {"sigset", Sigset}, {"sigaction", Sigaction}, {"stack_t", StackT}, {"siginfo", Siginfo}, {nullptr, nullptr}};

}  // namespace lzp::cli
