// cli/decode/mount.cc — the new mount API's arguments beyond plain flags
// (<linux/mount.h>): mount_setattr's struct mount_attr (u64 attr_set,
// attr_clr, propagation, userns_fd; read as far as its size says), and
// fsconfig's value, which is a string for FSCONFIG_SET_STRING and a path
// for FSCONFIG_SET_PATH(_EMPTY), otherwise an address; its key is a string
// for the FSCONFIG_SET_* commands, an address for the FSCONFIG_CMD_* ones and
// unknown commands. FSCONFIG_SET_BINARY's value is aux bytes, in hex, NULs
// included (the capture copies bytes for it: tracer/capture_format.h
// FsconfigBinary). And mount(2)'s type
// and data, shown only where the kernel reads them, as strace shows them: a
// remount ignores the type, a bind, a move or a propagation change (without
// MS_REMOUNT) both; an ignored one is its address.
#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/quote.h"
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
  enum : uint32_t { kSetString = 1, kSetBinary = 2, kSetPath = 3, kSetPathEmpty = 4, kSetFd = 5 };
  uint32_t cmd = static_cast<uint32_t>(c.rec.args[1]);
  std::vector<std::string> out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  bool string = cmd == kSetString || cmd == kSetPath || cmd == kSetPathEmpty;
  if (!string) out[3] = Pointer(c.rec.args[3]);
  const Capture* blob = cmd == kSetBinary ? c.captures.Find(3, proto::kAtEntry) : nullptr;
  const int32_t aux = static_cast<int32_t>(c.rec.args[4]);
  const uint64_t shown = aux > 0 ? std::min<uint64_t>(static_cast<uint64_t>(aux), c.options.string_limit) : 0;
  if (blob != nullptr && !blob->faulted() && aux >= 0 && blob->data.size() >= shown)  // (aux 0: "")
    out[3] = Quote(blob->data.substr(0, shown), HexStyle::kAll, static_cast<uint64_t>(aux) > c.options.string_limit);
  if (cmd > kSetFd) out[2] = Pointer(c.rec.args[2]);  // (the FSCONFIG_CMD_* commands take no key)
  return out;
}

std::vector<std::string> Mount(const CallContext& c) {
  // <linux/mount.h>: MS_REMOUNT, MS_BIND, MS_MOVE, MS_UNBINDABLE, MS_PRIVATE, MS_SLAVE, MS_SHARED
  constexpr uint64_t kRemount = 32, kBind = 4096, kMove = 8192, kPropagation = (1 << 17) | (1 << 18) | (1 << 19) | (1 << 20);
  constexpr int kType = 2, kData = 4;
  std::vector<std::string> out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  const uint64_t flags = c.rec.args[3];
  const bool ignores_data = !(flags & kRemount) && (flags & (kBind | kMove | kPropagation));
  if ((flags & kRemount) || ignores_data) out[kType] = Pointer(c.rec.args[kType]);
  if (ignores_data) out[kData] = Pointer(c.rec.args[kData]);
  return out;
}

}  // namespace

const StructDecoder kMountDecoders[] = {{"mount_attr", MountAttr}, {nullptr, nullptr}};
const ArgumentsDecoder kMountArguments = Mount;
const ArgumentsDecoder kFsconfigArguments = Fsconfig;

}  // namespace lzp::cli
