// cli/decode/prctl.cc — prctl(option, ...) as strace prints it: options whose
// arguments strace knows print only those, by name (a signal, a capability,
// a dumpable mode, a plain number); the others keep all four arguments in
// hex; PR_SET_SECCOMP's filter is a sock_fprog (cli/decode/classic_bpf.h).
// Options with a sub-command (PR_SET_MM, PR_CAP_AMBIENT, PR_SET_VMA,
// PR_SCHED_CORE, PR_MCE_KILL) name it, then the arguments it takes, then
// the rest in hex. PR_GET_DUMPABLE's, PR_GET_SPECULATION_CTRL's and
// PR_MCE_KILL_GET's results are named after "= ". A task's name is at most
// TASK_COMM_LEN - 1 = 15 bytes: a longer one is cut there with "...".
#include <fmt/format.h>

#include "cli/decode/classic_bpf.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/quote.h"
#include "cli/print/syscall_format.h"
#include "tracer/prctl_transfers.h"

namespace lzp::cli {
namespace {

// <linux/prctl.h>
enum : uint64_t {
  kSetPdeathsig = 1, kGetPdeathsig = 2, kGetDumpable = 3, kSetDumpable = 4, kCapbsetRead = 23, kCapbsetDrop = 24,
  kSetChildSubreaper = 36, kSetNoNewPrivs = 38, kGetNoNewPrivs = 39, kSetName = 15, kGetName = 16,
  kGetKeepcaps = 7, kSetKeepcaps = 8, kGetSeccomp = 21, kGetSecurebits = 27, kGetTimerslack = 30, kSetTimerslack = 29,
  kGetChildSubreaper = 37, kGetTidAddress = 40, kSetSeccomp = 22, kGetUnalign = 5, kGetFpemu = 9, kGetFpexc = 11,
  kGetEndian = 19, kGetTsc = 25, kMceKill = 33, kMceKillGet = 34, kSetMm = 35, kSetFpMode = 45, kGetFpMode = 46,
  kCapAmbient = 47, kGetSpeculationCtrl = 52, kSetSpeculationCtrl = 53, kSchedCore = 62, kSetPtracer = 0x59616d61,
  kSetFpemu = 10, kSetFpexc = 12, kSetEndian = 20, kSetTsc = 26, kSetUnalign = 6, kGetTiming = 13, kSetTiming = 14,
  kSetSecurebits = 28, kTaskPerfEventsDisable = 31, kTaskPerfEventsEnable = 32,
};
constexpr uint64_t kAmbientIsSet = 1, kAmbientLower = 3, kMceKillSet = 1;

// A value and its name from an enum table in a comment: "0x2 /* PIDTYPE_PGID */".
std::string Commented(std::string_view table, uint64_t v) {
  const char* name = EnumName(table, v);
  return name != nullptr ? UnknownConstant(Hex(v), name) : FormatFlags(table, v);  // -X raw: the number alone
}

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

// PR_SET_VMA_ANON_NAME's name (argument 4), as captured at entry.
std::string VmaName(const CallContext& c) {
  const Capture* cap = c.captures.Find(4, proto::kAtEntry);
  if (cap == nullptr || cap->faulted()) return Pointer(c.rec.args[4]);
  std::string_view text = cap->data.substr(0, cap->data.find('\0'));
  uint32_t limit = c.options.string_limit;
  return Quote(text.substr(0, limit), StyleOf(c.options), text.size() > limit || cap->truncated());
}

std::vector<std::string> Prctl(const CallContext& c) {
  const uint64_t* a = c.rec.args;
  std::vector<std::string> out = {FormatArgument(c, 0)};
  switch (a[0]) {
    case kSetPdeathsig: out.push_back(SignalConstant(static_cast<int>(a[1]))); break;
    case kGetPdeathsig: {
      const Capture* cap = c.failed() ? nullptr : c.captures.Find(1, proto::kAtExit);
      out.push_back(cap != nullptr && !cap->faulted() && cap->data.size() >= 4
                        ? "[" + SignalConstant(Field<int32_t>(cap->data, 0)) + "]" : Pointer(a[1]));
      break;
    }
    case kGetChildSubreaper: out.push_back(Cell(c, false)); break;
    case kGetUnalign: case kGetFpemu: case kGetFpexc: case kGetEndian: out.push_back(Cell(c, false)); break;
    case kGetTsc: {
      const Capture* cap = c.failed() ? nullptr : c.captures.Find(1, proto::kAtExit);
      out.push_back(cap != nullptr && !cap->faulted() && cap->data.size() >= 4
                        ? "[" + FormatFlags("pr_tsc", Field<uint32_t>(cap->data, 0)) + "]" : Pointer(a[1]));
      break;
    }
    case kGetFpMode: break;
    case kSetFpMode: out.push_back(FormatFlags("pr_fp_mode", a[1])); break;
    case kSetPtracer: out.push_back(StyledConstant(fmt::format("{}", static_cast<int64_t>(a[1])), a[1] == ~0ull ? "PR_SET_PTRACER_ANY" : "")); break;
    case kGetSpeculationCtrl: out.push_back(FormatFlags("pr_spec", a[1])); break;
    case kSetSpeculationCtrl:
      out.push_back(FormatFlags("pr_spec", a[1]));
      out.push_back(FormatFlags("pr_spec_ctrl", a[2]));
      break;
    case kSetMm:
      out.push_back(FormatFlags("pr_set_mm", a[1]));
      for (int i = 2; i < 5; ++i) out.push_back(FormatArgument(c, i));
      break;
    case kCapAmbient: {  // IS_SET, RAISE and LOWER name a capability
      out.push_back(FormatFlags("pr_cap_ambient", a[1]));
      bool names_capability = a[1] >= kAmbientIsSet && a[1] <= kAmbientLower;
      out.push_back(names_capability ? FormatFlags("capability", a[2]) : FormatArgument(c, 2));
      for (int i = 3; i < 5; ++i) out.push_back(FormatArgument(c, i));
      break;
    }
    case kMceKill:
      out.push_back(FormatFlags("pr_mce_kill", a[1]));
      out.push_back(a[1] == kMceKillSet ? FormatFlags("pr_mce_kill_policy", a[2]) : FormatArgument(c, 2));
      for (int i = 3; i < 5; ++i) out.push_back(FormatArgument(c, i));
      break;
    case proto::kPrSetVma:  // the anonymous name: an address, a length and a string
      out.push_back(FormatFlags("pr_set_vma", a[1]));
      out.push_back(FormatArgument(c, 2));
      if (a[1] != proto::kPrSetVmaAnonName) {
        for (int i = 3; i < 5; ++i) out.push_back(FormatArgument(c, i));
        break;
      }
      out.push_back(fmt::format("{}", a[3]));
      out.push_back(VmaName(c));
      break;
    case kSchedCore:  // a pid, its scope, and where the cookie goes
      out.push_back(FormatFlags("pr_sched_core", a[1]));
      out.push_back(fmt::format("{}", static_cast<int32_t>(a[2])));
      out.push_back(Commented("pidtype", a[3]));
      out.push_back(Pointer(a[4]));
      break;
    case kGetTidAddress: out.push_back(Cell(c, true)); break;
    case kGetKeepcaps: case kGetSeccomp: case kGetSecurebits: case kGetTimerslack: case kGetTiming:
    case kTaskPerfEventsDisable: case kTaskPerfEventsEnable:
      break;
    case kSetKeepcaps: case kSetTimerslack: case kSetFpemu: case kSetFpexc: case kSetEndian: case kSetTiming:
      out.push_back(fmt::format("{}", a[1]));  // (unsigned, all 64 bits)
      break;
    case kSetTsc: out.push_back(FormatFlags("pr_tsc", a[1])); break;
    case kSetSecurebits: out.push_back(FormatFlags("secbits", a[1])); break;
    case kSetUnalign: out.push_back(FormatFlags("pr_unalign", a[1])); break;
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
  if (c.failed()) return value;
  uint64_t r = static_cast<uint64_t>(c.rec.ret);
  // The dumpable mode and the MCE policy by name, whatever -X says (strace looks their names up).
  if (c.rec.args[0] == kGetDumpable) return value + " (" + FlagNames("suid_dump", r) + ")";
  if (c.rec.args[0] == kGetSpeculationCtrl)  // by name, and under -X raw not at all, as strace
    return CurrentConstStyle() == ConstStyle::kRaw ? Hex(r) : Hex(r) + " (" + FlagNames("pr_spec_state", r) + ")";
  if (c.rec.args[0] == kMceKillGet) return value + " (" + FlagNames("pr_mce_kill_policy", r) + ")";
  return value;
}

}  // namespace

const ArgumentsDecoder kPrctlArguments = Prctl;
const ReturnAnnotator kPrctlResult = PrctlResult;

}  // namespace lzp::cli
