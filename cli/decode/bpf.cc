// cli/decode/bpf.cc — bpf(cmd, attr, size): union bpf_attr by command, as
// strace 6.1 prints it. The fields of each command are data
// (cli/decode/bpf_commands.h); this file walks them. Like the kernel, strace
// reads the first `size` bytes of the attributes and takes the rest as zero:
// a short size shows zeros, not fewer fields, except for fields later
// kernels added (`since`), which end the list where the size stops. Nonzero
// bytes after the command's struct are ", ..." (-v: their bytes). What the
// attributes point to (license, pathname, tracepoint name, btf) is captured
// by the interposer as argument kBpfPointeeArg; after a successful
// *_GET_NEXT_ID, the attributes' first 8 bytes again (kBpfPointeeArg at
// exit), for strace's "next_id=0 => 5". A size of 0 or above a page, an unreadable
// attr or a command without a table prints the address.
#include <fmt/format.h>

#include "cli/decode/bpf_commands.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/quote.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

using bpf::AttrField;
using bpf::Show;

constexpr size_t kAttrSize = 144;       // sizeof(union bpf_attr) in strace 6.1
constexpr uint32_t kNumaNodeFlag = 4;   // BPF_F_NUMA_NODE, in map_flags (offset 16)

std::string Pointee(const CallContext& c, uint64_t v, bool path) {
  if (v == 0) return "NULL";
  const Capture* s = c.captures.Find(proto::kBpfPointeeArg, proto::kAtEntry);
  if (s == nullptr || s->faulted()) return Pointer(v);
  if (path) return Quote(s->data, StyleOf(c.options), s->truncated());
  return Quote(s->data.substr(0, c.options.string_limit), StyleOf(c.options), s->data.size() > c.options.string_limit);
}

// BPF_BTF_LOAD's btf: btf_size (offset 16) bytes, at most -s of them.
std::string Btf(const CallContext& c, std::string_view b, uint64_t v) {
  if (v == 0) return "NULL";
  uint32_t size = Field<uint32_t>(b, 16);
  if (size == 0) return "\"\"";
  const Capture* s = c.captures.Find(proto::kBpfPointeeArg, proto::kAtEntry);
  if (s == nullptr || s->faulted()) return Pointer(v);
  std::string_view data = std::string_view(s->data).substr(0, std::min<uint64_t>(size, c.options.string_limit));
  return Quote(data, StyleOf(c.options), size > c.options.string_limit);
}

std::string Value(const CallContext& c, std::string_view b, const AttrField& f) {
  uint64_t v = f.width == 8 ? Field<uint64_t>(b, f.offset) : Field<uint32_t>(b, f.offset);
  switch (f.show) {
    case Show::kU32: case Show::kNumaNode: return fmt::format("{}", v);
    case Show::kFd: return fmt::format("{}", static_cast<int32_t>(v));
    case Show::kPtr: return Pointer(v);
    case Show::kHex: return Hex(v);
    case Show::kTable: return FormatFlags(f.table, v);
    case Show::kName: {
      std::string_view name = b.substr(f.offset, f.width);
      return Quote(name.substr(0, name.find('\0')), StyleOf(c.options), false);
    }
    case Show::kKernelVersion:  // -X raw: the number; verbose: both
      return StyledConstant(fmt::format("{}", v), fmt::format("KERNEL_VERSION({}, {}, {})", v >> 16, (v >> 8) & 0xff, v & 0xff));
    case Show::kPointee: return Pointee(c, v, false);
    case Show::kPointeePath: return Pointee(c, v, true);
    case Show::kBtf: return Btf(c, b, v);
    case Show::kNextId: {
      const Capture* out = c.failed() ? nullptr : c.captures.Find(proto::kBpfPointeeArg, proto::kAtExit);
      if (out == nullptr || out->faulted()) return fmt::format("{}", v);
      std::string after(out->data.substr(0, std::min<uint64_t>(out->data.size(), 8)));
      after.resize(8, '\0');
      uint32_t written = Field<uint32_t>(after, 4);
      return written == v ? fmt::format("{}", v) : fmt::format("{} => {}", v, written);
    }
    case Show::kArray: return v != 0 && Field<uint32_t>(b, f.offset + 8) == 0 ? "[]" : Pointer(v);
  }
  return Hex(v);
}

// "name=value, ..." for `fields` of the zero-padded attr `b` whose caller's size is `len`.
std::string Fields(const CallContext& c, std::string_view b, uint64_t len, std::span<const AttrField> fields) {
  std::string out;
  for (const AttrField& f : fields) {
    if (f.since && len <= f.offset) break;
    if (f.show == Show::kNumaNode && !(Field<uint32_t>(b, 16) & kNumaNodeFlag)) continue;
    out += (out.empty() ? "" : ", ") + std::string(f.name) + "=" + Value(c, b, f);
  }
  return out;
}

// ", ..." when a byte of [end, len) is not zero; under -v the bytes themselves.
std::string Extra(const CallContext& c, std::string_view data, uint64_t len, uint32_t end) {
  uint64_t stop = std::min<uint64_t>(len, data.size());
  if (stop <= end || data.find_first_not_of('\0', end) >= stop) return "";
  if (!c.options.verbose) return ", ...";
  std::string hex;
  for (uint64_t i = end; i < stop; ++i) hex += fmt::format("\\x{:02x}", static_cast<uint8_t>(data[i]));
  return fmt::format(", extra_data=\"{}\" /* bytes {}..{} */", hex, end, stop - 1);
}

std::string Attributes(const CallContext& c, const bpf::Command& cmd, std::string_view data, uint64_t len) {
  std::string b(data.substr(0, std::min<uint64_t>(data.size(), kAttrSize)));
  b.resize(kAttrSize, '\0');
  std::string body = Fields(c, b, len, cmd.fields);
  uint32_t end = cmd.end;
  if (cmd.cmd == 28 && len > 16) {  // BPF_LINK_CREATE: the part its attach_type names
    for (const bpf::LinkPart& part : bpf::kLinkParts) {
      if (part.attach_type != Field<uint32_t>(b, 8)) continue;
      if (part.only_if_set && Field<uint32_t>(b, part.fields[0].offset) == 0) break;
      std::string fields = Fields(c, b, len, part.fields);
      body += part.wrapper ? fmt::format(", {}={{{}}}", part.wrapper, fields) : ", " + fields;
      end = part.end;
    }
  }
  if (cmd.wrapper) body = fmt::format("{}={{{}}}", cmd.wrapper, body);
  return "{" + body + Extra(c, data, len, end) + "}";
}

std::vector<std::string> Bpf(const CallContext& c) {
  std::vector<std::string> out = {FormatArgument(c, 0), Pointer(c.rec.args[1]), FormatArgument(c, 2)};
  uint64_t len = static_cast<uint32_t>(c.rec.args[2]);
  constexpr uint64_t kPage = 4096;  // a larger size: the kernel refuses it unread (E2BIG), strace shows the address
  const Capture* cap = c.options.structs && len != 0 && len <= kPage ? c.captures.Find(1, proto::kAtEntry) : nullptr;
  if (cap == nullptr || cap->faulted()) return out;
  for (const bpf::Command& cmd : bpf::kCommands)
    if (cmd.cmd == c.rec.args[0]) out[1] = Attributes(c, cmd, std::string_view(cap->data).substr(0, len), len);
  return out;
}

}  // namespace

const ArgumentsDecoder kBpfArguments = Bpf;

}  // namespace lzp::cli
