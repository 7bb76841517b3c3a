// cli/decode/mount.cc — the new mount API's arguments beyond plain flags
// (<linux/mount.h>): mount_setattr's struct mount_attr (u64 attr_set,
// attr_clr, propagation, userns_fd; read as far as its size says), and
// fsconfig's value, which is a string for FSCONFIG_SET_STRING and a path
// for FSCONFIG_SET_PATH(_EMPTY), otherwise an address.
#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

std::optional<std::string> MountAttr(std::string_view b, const FormatOptions&) {
  if (b.size() < 32) return std::nullopt;
  return "{attr_set=" + FormatFlags("mount_attr", Field<uint64_t>(b, 0)) +
         ", attr_clr=" + FormatFlags("mount_attr", Field<uint64_t>(b, 8)) +
         ", propagation=" + FormatFlags("mount_propagation", Field<uint64_t>(b, 16)) +
         fmt::format(", userns_fd={}}}", Field<uint64_t>(b, 24));
}

std::vector<std::string> Fsconfig(const CallContext& c) {
  enum : uint32_t { kSetString = 1, kSetPath = 3, kSetPathEmpty = 4 };
  uint32_t cmd = static_cast<uint32_t>(c.rec.args[1]);
  std::vector<std::string> out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  bool string = cmd == kSetString || cmd == kSetPath || cmd == kSetPathEmpty;
  if (!string) out[3] = Pointer(c.rec.args[3]);
  return out;
}

}  // namespace

const StructDecoder kMountDecoders[] = {{"mount_attr", MountAttr}, {nullptr, nullptr}};
const ArgumentsDecoder kFsconfigArguments = Fsconfig;

}  // namespace lzp::cli
