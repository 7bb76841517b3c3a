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
    if (i / size >= o.string_limit) return out + "...]";
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
                                           kMountDecoders, kNumaDecoders})
      for (const StructDecoder* d = family; d->name; ++d) m.emplace(d->name, d->format);
    return m;
  }();
  auto it = by_name.find(name);
  return it == by_name.end() ? std::nullopt : it->second(bytes, options);
}

}  // namespace lzp::cli
