// cli/decode/perf_event.cc — perf_event_open's struct perf_event_attr
// (<linux/perf_event.h>), in strace's abbreviated form: type, size, config
// (named for the hardware and software types), sample_period or sample_freq
// (as the freq bit says), sample_type, read_format, then each one-bit flag
// that is set, precise_ip always (with its meaning), and "...". The flags
// are data: kBits lists the bit field's names in bit order. Under -v strace
// prints every field: that form is not decoded here (the address is shown).
#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/flags_format.h"
#include "cli/syscall_format.h"

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

std::optional<std::string> Attr(std::string_view b) {
  if (b.size() < kHeadSize) return std::nullopt;
  uint32_t type = Field<uint32_t>(b, 0);
  uint64_t bits = Field<uint64_t>(b, 40);
  bool freq = (bits >> 10) & 1;
  std::string out = "{type=" + FormatFlags("perf_type", type) + ", size=" + FormatFlags("perf_attr_size", Field<uint32_t>(b, 4)) +
                    ", config=" + Config(type, Field<uint64_t>(b, 8)) +
                    fmt::format(", {}={}", freq ? "sample_freq" : "sample_period", Field<uint64_t>(b, 16)) +
                    ", sample_type=" + FormatFlags("perf_sample_type", Field<uint64_t>(b, 24)) +
                    ", read_format=" + FormatFlags("perf_read_format", Field<uint64_t>(b, 32));
  for (int bit = 0; bit < static_cast<int>(std::size(kBits)); ++bit) {
    if (bit == kPreciseIpBit) {
      uint64_t precise = (bits >> kPreciseIpBit) & 3;
      out += fmt::format(", precise_ip={} /* {} */", precise, kPreciseIp[precise]);
    }
    if (kBits[bit] != nullptr && ((bits >> bit) & 1)) out += fmt::format(", {}=1", kBits[bit]);
  }
  return out + ", ...}";
}

std::vector<std::string> PerfEventOpen(const CallContext& c) {
  std::vector<std::string> out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  const Capture* cap = c.options.structs && !c.options.verbose ? c.captures.Find(0, proto::kAtEntry) : nullptr;
  if (cap != nullptr && !cap->faulted())
    if (auto text = Attr(cap->data)) out[0] = *text;
  return out;
}

}  // namespace

const ArgumentsDecoder kPerfEventOpenArguments = PerfEventOpen;

}  // namespace lzp::cli
