// cli/decode/bpf.cc — bpf(cmd, attr, size): the attributes of
// BPF_MAP_CREATE and BPF_PROG_LOAD as strace prints them, each field only
// if it lies within the size the caller gave (union bpf_attr,
// <linux/bpf.h>). The fields are data: a table of name, offset, width and
// how to print, per command. BPF_PROG_LOAD's license string is captured by
// the interposer (argument kBpfLicenseArg). Other commands print the address.
#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/quote.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

enum class Show { kU32, kFd, kPtr, kName, kKernelVersion, kLicense, kNumaNode, kTable };
struct AttrField { const char* name; uint32_t offset, width; Show show; const char* table = nullptr; };

constexpr AttrField kMapCreate[] = {
    {"map_type", 0, 4, Show::kTable, "bpf_map_type"}, {"key_size", 4, 4, Show::kU32}, {"value_size", 8, 4, Show::kU32},
    {"max_entries", 12, 4, Show::kU32}, {"map_flags", 16, 4, Show::kTable, "bpf_map_flags"},
    {"inner_map_fd", 20, 4, Show::kFd}, {"numa_node", 24, 4, Show::kNumaNode}, {"map_name", 28, 16, Show::kName},
    {"map_ifindex", 44, 4, Show::kU32}, {"btf_fd", 48, 4, Show::kFd}, {"btf_key_type_id", 52, 4, Show::kU32},
    {"btf_value_type_id", 56, 4, Show::kU32}, {"btf_vmlinux_value_type_id", 60, 4, Show::kU32},
    {"map_extra", 64, 8, Show::kU32},
};

constexpr AttrField kProgLoad[] = {
    {"prog_type", 0, 4, Show::kTable, "bpf_prog_type"}, {"insn_cnt", 4, 4, Show::kU32}, {"insns", 8, 8, Show::kPtr},
    {"license", 16, 8, Show::kLicense}, {"log_level", 24, 4, Show::kU32}, {"log_size", 28, 4, Show::kU32},
    {"log_buf", 32, 8, Show::kPtr}, {"kern_version", 40, 4, Show::kKernelVersion},
    {"prog_flags", 44, 4, Show::kTable, "bpf_prog_flags"}, {"prog_name", 48, 16, Show::kName},
    {"prog_ifindex", 64, 4, Show::kU32}, {"expected_attach_type", 68, 4, Show::kTable, "bpf_attach_type"},
    {"prog_btf_fd", 72, 4, Show::kFd}, {"func_info_rec_size", 76, 4, Show::kU32}, {"func_info", 80, 8, Show::kPtr},
    {"func_info_cnt", 88, 4, Show::kU32}, {"line_info_rec_size", 92, 4, Show::kU32}, {"line_info", 96, 8, Show::kPtr},
    {"line_info_cnt", 104, 4, Show::kU32}, {"attach_btf_id", 108, 4, Show::kU32}, {"attach_prog_fd", 112, 4, Show::kFd},
    {"fd_array", 120, 8, Show::kPtr},
};

constexpr uint32_t kNumaNodeFlag = 4;  // BPF_F_NUMA_NODE

std::string Value(const CallContext& c, std::string_view b, const AttrField& f) {
  uint64_t v = f.width == 8 ? Field<uint64_t>(b, f.offset) : Field<uint32_t>(b, f.offset);
  switch (f.show) {
    case Show::kU32: return fmt::format("{}", v);
    case Show::kFd: return fmt::format("{}", static_cast<int32_t>(v));
    case Show::kPtr: return Pointer(v);
    case Show::kTable: return FormatFlags(f.table, v);
    case Show::kName: {
      std::string_view name = b.substr(f.offset, f.width);
      return Quote(name.substr(0, name.find('\0')), StyleOf(c.options), false);
    }
    case Show::kKernelVersion: return fmt::format("KERNEL_VERSION({}, {}, {})", v >> 16, (v >> 8) & 0xff, v & 0xff);
    case Show::kLicense: {
      const Capture* s = v != 0 ? c.captures.Find(proto::kBpfLicenseArg, proto::kAtEntry) : nullptr;
      if (s == nullptr || s->faulted()) return Pointer(v);
      return Quote(s->data.substr(0, c.options.string_limit), StyleOf(c.options), s->data.size() > c.options.string_limit);
    }
    case Show::kNumaNode: return fmt::format("{}", v);
  }
  return Hex(v);
}

template <size_t N>
std::string Attributes(const CallContext& c, std::string_view b, const AttrField (&fields)[N]) {
  std::string out;
  for (const AttrField& f : fields) {
    if (f.offset + f.width > b.size()) break;
    if (f.show == Show::kNumaNode && !(Field<uint32_t>(b, 16) & kNumaNodeFlag)) continue;
    out += (out.empty() ? "{" : ", ") + std::string(f.name) + "=" + Value(c, b, f);
  }
  return out.empty() ? "{}" : out + "}";
}

std::vector<std::string> Bpf(const CallContext& c) {
  std::vector<std::string> out = {FormatArgument(c, 0), Pointer(c.rec.args[1]), FormatArgument(c, 2)};
  const Capture* cap = c.options.structs ? c.captures.Find(1, proto::kAtEntry) : nullptr;
  if (cap == nullptr || cap->faulted()) return out;
  std::string_view b = std::string_view(cap->data).substr(0, std::min<uint64_t>(cap->data.size(), c.rec.args[2]));
  switch (c.rec.args[0]) {
    case 0: out[1] = Attributes(c, b, kMapCreate); break;  // BPF_MAP_CREATE
    case 5: out[1] = Attributes(c, b, kProgLoad); break;   // BPF_PROG_LOAD
  }
  return out;
}

}  // namespace

const ArgumentsDecoder kBpfArguments = Bpf;

}  // namespace lzp::cli
