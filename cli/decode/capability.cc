// cli/decode/capability.cc — capget/capset as strace prints them:
//   capget({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, {effective=1<<CAP_CHOWN|..., permitted=..., inheritable=0})
// The data is one __user_cap_data_struct (32-bit sets) for version 1 and two
// (the high halves in the second) for versions 2 and 3, so its layout depends
// on the header's version (capset with an unknown one: one struct, as strace
// reads it).
#include <sys/syscall.h>

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

constexpr uint32_t kVersion1 = 0x19980330, kVersion2 = 0x20071026, kVersion3 = 0x20080522;

// One 32-bit word of a set, capabilities `base` up: named bits as
// "1<<CAP_CHOWN", then the bits no capability has in hex (as the word holds
// them), with strace's comment only when nothing in the word was named.
std::string CapabilityWord(uint32_t bits, int base) {
  if (bits == 0) return "0";
  std::string out;
  uint32_t unknown = 0;
  for (int bit = 0; bit < 32; ++bit) {
    if (!(bits & (uint32_t{1} << bit))) continue;
    std::string name = FlagNames("capability", base + bit);
    if (name.find("/*") != std::string::npos) unknown |= uint32_t{1} << bit;
    else out += (out.empty() ? "" : "|") + ("1<<" + name);
  }
  // -X raw: the word in hex; verbose: the word, the names in a comment.
  if (out.empty()) return UnknownConstant(Hex(unknown), "CAP_???");
  return StyledConstant(Hex(bits), unknown == 0 ? out : out + "|" + Hex(unknown));
}

// A set as strace prints it: the low word, then "|" and the high word when
// it has bits: "1<<CAP_CHOWN|0x80000000 /* CAP_??? */" (bit 63 alone).
std::string CapabilitySet(uint32_t low, uint32_t high) {
  std::string out = low || !high ? CapabilityWord(low, 0) : "";
  if (high) out += (low ? "|" : "") + CapabilityWord(high, 32);
  return out;
}

std::vector<std::string> Capability(const CallContext& c) {
  std::vector<std::string> out = {FormatArgument(c, 0), Pointer(c.rec.args[1])};
  const Capture* header = c.captures.Find(0, proto::kAtEntry);
  bool readable = header && !header->faulted() && header->data.size() >= 4;
  uint32_t version = readable ? Field<uint32_t>(header->data, 0) : 0;
  bool get = c.rec.nr == SYS_capget;
  // capset with a version the kernel rejects: strace still reads one struct;
  // with a header it cannot read, none (the data's address).
  int structs = !readable ? 0 : version == kVersion1 ? 1 : version == kVersion2 || version == kVersion3 ? 2 : get ? 0 : 1;
  const Capture* data = c.rec.args[1] == 0 || (get && c.failed()) ? nullptr
                                                                  : c.captures.Find(1, get ? proto::kAtExit : proto::kAtEntry);
  if (structs == 0 || data == nullptr || data->faulted() || data->data.size() < 12u * structs || !c.options.structs)
    return out;
  std::string_view b = data->data;
  auto set = [&](size_t field) {
    return CapabilitySet(Field<uint32_t>(b, field), structs == 2 ? Field<uint32_t>(b, 12 + field) : 0);
  };
  out[1] = fmt::format("{{effective={}, permitted={}, inheritable={}}}", set(0), set(4), set(8));
  return out;
}

}  // namespace

const ArgumentsDecoder kCapabilityArguments = Capability;

}  // namespace lzp::cli
