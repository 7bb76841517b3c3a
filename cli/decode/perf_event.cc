// cli/decode/perf_event.cc — perf_event_open's struct perf_event_attr
// (<linux/perf_event.h>) as strace prints it: type, size, config (named for
// the hardware and software types), sample_period or sample_freq (as the freq
// bit says), sample_type, read_format, then the one-bit flags — abbreviated,
// only those set, precise_ip always (with its meaning), and "..."; under -v
// every flag (and __reserved_1's bits when set, in both), then the fields after them that the struct's size covers
// (kTail: some only when a flag or the sample type asks for them), and "..."
// when the size goes past the struct this kernel header knows.
#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

constexpr size_t kHeadSize = 48;  // through the flag bits at offset 40
constexpr int kPreciseIpBit = 15;  // two bits

// The one-bit flags at offset 40, by bit number (precise_ip takes 15 and 16).
constexpr const char* kBits[] = {
    "disabled", "inherit", "pinned", "exclusive", "exclude_user", "exclude_kernel", "exclude_hv", "exclude_idle",
    "mmap", "comm", "freq", "inherit_stat", "enable_on_exec", "task", "watermark", nullptr, nullptr, "mmap_data",
    "sample_id_all", "exclude_host", "exclude_guest", "exclude_callchain_kernel", "exclude_callchain_user", "mmap2",
    "comm_exec", "use_clockid", "context_switch", "write_backward", "namespaces", "ksymbol", "bpf_event", "aux_output",
    "cgroup", "text_poke", "build_id", "inherit_thread", "remove_on_exec", "sigtrap"};

constexpr const char* kPreciseIp[] = {"arbitrary skid", "constant skid", "requested to have 0 skid", "must have 0 skid"};

std::string Config(uint32_t type, uint64_t config) {
  switch (type) {
    case 0: return FormatFlags("perf_hw", config);  // PERF_TYPE_HARDWARE
    case 1: return FormatFlags("perf_sw", config);  // PERF_TYPE_SOFTWARE
    case 2: return fmt::format("{}", config);       // PERF_TYPE_TRACEPOINT: an event id
  }
  return Hex(config);
}

// The fields after the flags, printed under -v when within the size.
enum class When { kAlways, kWatermark, kNoWatermark, kBreakpoint, kNotBreakpoint, kBranchStack, kStackUser, kClockid };
struct TailField { const char* name; uint32_t offset, width; When when; };
constexpr TailField kTail[] = {
    {"wakeup_events", 48, 4, When::kNoWatermark}, {"wakeup_watermark", 48, 4, When::kWatermark},
    {"bp_type", 52, 4, When::kBreakpoint}, {"bp_addr", 56, 8, When::kBreakpoint}, {"config1", 56, 8, When::kNotBreakpoint},
    {"bp_len", 64, 8, When::kBreakpoint}, {"config2", 64, 8, When::kNotBreakpoint},
    {"branch_sample_type", 72, 8, When::kBranchStack}, {"sample_regs_user", 80, 8, When::kAlways},
    {"sample_stack_user", 88, 4, When::kStackUser}, {"clockid", 92, 4, When::kClockid},
    {"sample_regs_intr", 96, 8, When::kAlways}, {"aux_watermark", 104, 4, When::kAlways},
    {"sample_max_stack", 108, 2, When::kAlways}, {"aux_sample_size", 112, 4, When::kAlways}, {"sig_data", 120, 8, When::kAlways},
};
constexpr uint32_t kKnownSize = 128, kSizeVer0 = 64;

bool Applies(When when, uint32_t type, uint64_t sample_type, uint64_t bits) {
  switch (when) {
    case When::kAlways: return true;
    case When::kWatermark: return (bits >> 14) & 1;
    case When::kNoWatermark: return !((bits >> 14) & 1);
    case When::kBreakpoint: return type == 5;  // PERF_TYPE_BREAKPOINT
    case When::kNotBreakpoint: return type != 5;
    case When::kBranchStack: return sample_type & (1u << 11);  // PERF_SAMPLE_BRANCH_STACK
    case When::kStackUser: return sample_type & (1u << 13);    // PERF_SAMPLE_STACK_USER
    case When::kClockid: return (bits >> 25) & 1;               // use_clockid
  }
  return false;
}

// size_back: the size the kernel wrote back when it refused the attr (E2BIG), or "".
std::optional<std::string> Attr(std::string_view b, bool verbose, const std::string& size_back) {
  if (b.size() < kHeadSize) return std::nullopt;
  uint32_t type = Field<uint32_t>(b, 0);
  uint64_t bits = Field<uint64_t>(b, 40);
  bool freq = (bits >> 10) & 1;
  std::string out = "{type=" + FormatFlags("perf_type", type) + ", size=" + FormatFlags("perf_attr_size", Field<uint32_t>(b, 4)) +
                    size_back + ", config=" + Config(type, Field<uint64_t>(b, 8)) +
                    fmt::format(", {}={}", freq ? "sample_freq" : "sample_period", Field<uint64_t>(b, 16)) +
                    ", sample_type=" + FormatFlags("perf_sample_type", Field<uint64_t>(b, 24)) +
                    ", read_format=" + FormatFlags("perf_read_format", Field<uint64_t>(b, 32));
  for (int bit = 0; bit < static_cast<int>(std::size(kBits)); ++bit) {
    if (bit == kPreciseIpBit) {
      uint64_t precise = (bits >> kPreciseIpBit) & 3;
      out += fmt::format(", precise_ip={} /* {} */", precise, kPreciseIp[precise]);
    }
    if (kBits[bit] != nullptr && (verbose || ((bits >> bit) & 1))) out += fmt::format(", {}={}", kBits[bit], (bits >> bit) & 1);
  }
  constexpr int kReservedBit = static_cast<int>(std::size(kBits));  // __reserved_1: the bits no flag names yet
  if (uint64_t reserved = bits >> kReservedBit) out += fmt::format(", __reserved_1={:#x} /* Bits 63..{} */", reserved, kReservedBit);
  if (!verbose) return out + ", ...}";
  uint32_t size = Field<uint32_t>(b, 4) == 0 ? kSizeVer0 : Field<uint32_t>(b, 4);
  uint32_t shown = std::min<uint32_t>(size, kKnownSize);
  if (b.size() < shown) return std::nullopt;
  uint64_t sample_type = Field<uint64_t>(b, 24);
  for (const TailField& f : kTail) {
    if (f.offset + f.width > shown || !Applies(f.when, type, sample_type, bits)) continue;
    uint64_t v = f.width == 8 ? Field<uint64_t>(b, f.offset) : f.width == 4 ? Field<uint32_t>(b, f.offset) : Field<uint16_t>(b, f.offset);
    out += fmt::format(", {}={}", f.name, v);
  }
  return out + (size > kKnownSize ? ", ...}" : "}");
}

std::vector<std::string> PerfEventOpen(const CallContext& c) {
  std::vector<std::string> out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  const Capture* cap = c.options.structs ? c.captures.Find(0, proto::kAtEntry) : nullptr;
  constexpr int64_t kE2big = -7;
  const Capture* back = c.rec.ret == kE2big && cap != nullptr ? c.captures.Find(0, proto::kAtExit) : nullptr;
  std::string size_back;
  if (back != nullptr && !back->faulted() && back->data.size() >= 8 && cap->data.size() >= 8 &&
      Field<uint32_t>(back->data, 4) != Field<uint32_t>(cap->data, 4))
    size_back = " => " + FormatFlags("perf_attr_size", Field<uint32_t>(back->data, 4));
  if (cap != nullptr && !cap->faulted())
    if (auto text = Attr(cap->data, c.options.verbose, size_back)) out[0] = *text;
  return out;
}

}  // namespace

const ArgumentsDecoder kPerfEventOpenArguments = PerfEventOpen;

}  // namespace lzp::cli
