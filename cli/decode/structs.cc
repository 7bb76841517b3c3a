// cli/decode/structs.cc — finds a struct's decoder among the family tables
// (a map built once: this runs for every struct argument printed).
#include "cli/decode/structs.h"

#include <unordered_map>

namespace lzp::cli {

std::string FormatArray(std::string_view b, size_t size, const FormatOptions& o,
                        const std::function<std::string(std::string_view)>& element) {
  std::string out = "[";
  for (size_t i = 0; size > 0 && i + size <= b.size(); i += size) {
    if (i) out += ", ";
    if (!o.verbose && i / size >= o.string_limit) return out + "...]";
    out += element(b.substr(i, size));
  }
  return out + "]";
}

std::optional<std::string> FormatStruct(std::string_view name, std::string_view bytes, const FormatOptions& options) {
  static const std::unordered_map<std::string_view, StructFormatter> by_name = [] {
    std::unordered_map<std::string_view, StructFormatter> m;
    for (const StructDecoder* family : {kStatDecoders, kTimeDecoders, kSignalDecoders, kSocketDecoders, kProcessDecoders,
                                           kResourceDecoders, kOpenDecoders, kTimexDecoders, kLockDecoders, kAioDecoders,
                                           kFutexDecoders, kIpcDecoders, kLandlockDecoders, kMqueueDecoders,
                                           kMountDecoders, kNumaDecoders, kKexecDecoders})
      for (const StructDecoder* d = family; d->name; ++d) m.emplace(d->name, d->format);
    return m;
  }();
  // Names come from the static syscall tables, the same pointer every time:
  // a small direct-mapped cache keyed by that pointer, its hit confirmed by
  // comparing the name (a name built elsewhere may reuse an address), saves
  // hashing the name per struct printed (issue 12).
  struct Slot { std::string_view name; StructFormatter format = nullptr; };
  thread_local Slot cache[64];
  Slot& slot = cache[(reinterpret_cast<uintptr_t>(name.data()) >> 3) & 63];
  if (slot.format == nullptr || slot.name.data() != name.data() || slot.name != name) {
    auto it = by_name.find(name);
    if (it == by_name.end()) return std::nullopt;
    slot = {it->first, it->second};
  }
  return slot.format(bytes, options);
}

}  // namespace lzp::cli
