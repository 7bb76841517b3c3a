// cli/decode/prctl.cc — prctl(option, ...) as strace prints it: options whose
// arguments strace knows print only those, by name (a signal, a capability,
// a dumpable mode, a plain number); the others keep all four arguments in
// hex; PR_SET_SECCOMP's filter is a sock_fprog (cli/decode/classic_bpf.h). PR_GET_DUMPABLE's result is named after "= ". A task's name is at
// most TASK_COMM_LEN - 1 = 15 bytes: a longer one is cut there with "...".
#include <fmt/format.h>

#include "cli/decode/classic_bpf.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/quote.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

// <linux/prctl.h>
enum : uint64_t {
  kSetPdeathsig = 1, kGetPdeathsig = 2, kGetDumpable = 3, kSetDumpable = 4, kCapbsetRead = 23, kCapbsetDrop = 24,
  kSetChildSubreaper = 36, kSetNoNewPrivs = 38, kGetNoNewPrivs = 39, kSetName = 15, kGetName = 16,
  kGetKeepcaps = 7, kSetKeepcaps = 8, kGetSeccomp = 21, kGetSecurebits = 27, kGetTimerslack = 30, kSetTimerslack = 29,
  kGetChildSubreaper = 37, kGetTidAddress = 40, kGetThpDisable = 42, kSetSeccomp = 22,
};

// What a getter wrote through its second argument: an int, or PR_GET_TID_ADDRESS's pointer.
std::string Cell(const CallContext& c, bool pointer) {
  const Capture* cap = c.failed() ? nullptr : c.captures.Find(1, proto::kAtExit);
  if (cap == nullptr || cap->faulted() || cap->data.size() < (pointer ? 8u : 4u)) return Pointer(c.rec.args[1]);
  return "[" + (pointer ? Pointer(Field<uint64_t>(cap->data, 0)) : fmt::format("{}", Field<int32_t>(cap->data, 0))) + "]";
}

// prctl's second argument as the interposer captured it (tracer/capture.cc, CapturePrctl).
std::string Name(const CallContext& c, uint8_t phase) {
  const Capture* cap = c.captures.Find(1, phase);
  if (cap == nullptr || cap->faulted() || (phase == proto::kAtExit && c.failed())) return Pointer(c.rec.args[1]);
  constexpr size_t kLongest = 15;  // TASK_COMM_LEN - 1
  std::string_view text = cap->data.substr(0, cap->data.find('\0'));
  return Quote(text.substr(0, kLongest), StyleOf(c.options), text.size() > kLongest);
}

std::vector<std::string> Prctl(const CallContext& c) {
  const uint64_t* a = c.rec.args;
  std::vector<std::string> out = {FormatArgument(c, 0)};
  switch (a[0]) {
    case kSetPdeathsig: out.push_back(SignalLabel(static_cast<int>(a[1]))); break;
    case kGetPdeathsig: {
      const Capture* cap = c.failed() ? nullptr : c.captures.Find(1, proto::kAtExit);
      out.push_back(cap != nullptr && !cap->faulted() && cap->data.size() >= 4
                        ? "[" + SignalLabel(Field<int32_t>(cap->data, 0)) + "]" : Pointer(a[1]));
      break;
    }
    case kGetChildSubreaper: out.push_back(Cell(c, false)); break;
    case kGetTidAddress: out.push_back(Cell(c, true)); break;
    case kGetKeepcaps: case kGetSeccomp: case kGetSecurebits: case kGetTimerslack: case kGetThpDisable: break;
    case kSetKeepcaps: case kSetTimerslack: out.push_back(fmt::format("{}", a[1])); break;
    case kSetName: out.push_back(Name(c, proto::kAtEntry)); break;
    case kGetName: out.push_back(Name(c, proto::kAtExit)); break;
    case kGetDumpable: break;
    case kSetDumpable: out.push_back(FormatFlags("suid_dump", a[1])); break;
    case kCapbsetRead: case kCapbsetDrop: out.push_back(FormatFlags("capability", a[1])); break;
    case kSetChildSubreaper: out.push_back(fmt::format("{}", a[1])); break;
    case kSetSeccomp: {  // SECCOMP_MODE_FILTER's program; any other mode keeps the three words
      constexpr uint64_t kModeFilter = 2;
      out.push_back(FormatFlags("seccomp_mode", a[1]));
      if (a[1] == kModeFilter) out.push_back(FormatFprog(c, a[2], FilterKind::kSeccomp));
      else for (int i = 2; i < 5; ++i) out.push_back(FormatArgument(c, i));
      break;
    }
    case kSetNoNewPrivs: case kGetNoNewPrivs:
      for (int i = 1; i < 5; ++i) out.push_back(fmt::format("{}", a[i]));
      break;
    default:
      for (int i = 1; i < 5; ++i) out.push_back(FormatArgument(c, i));
  }
  return out;
}

std::string PrctlResult(const CallContext& c, const std::string& value) {
  if (c.rec.args[0] == kGetDumpable && !c.failed()) return value + " (" + FormatFlags("suid_dump", c.rec.ret) + ")";
  return value;
}

}  // namespace

const ArgumentsDecoder kPrctlArguments = Prctl;
const ReturnAnnotator kPrctlResult = PrctlResult;

}  // namespace lzp::cli
