// cli/decode/structs.cc — finds a struct's decoder among the family tables.
#include "cli/decode/structs.h"

namespace lzp::cli {

std::optional<std::string> FormatStruct(std::string_view name, std::string_view bytes, const FormatOptions& options) {
  for (const StructDecoder* family : {kStatDecoders, kTimeDecoders, kSignalDecoders, kSocketDecoders, kProcessDecoders})
    for (const StructDecoder* d = family; d->name; ++d)
      if (name == d->name) return d->format(bytes, options);
  return std::nullopt;
}

}  // namespace lzp::cli
