// cli/decode/open.cc — openat2's struct open_how (<linux/openat2.h>): three
// u64 fields, flags by the open(2) table, the mode only where open(2) would
// show one (O_CREAT, O_TMPFILE) or when set anyway, resolve by its table.
#include <fcntl.h>

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"

namespace lzp::cli {
namespace {

std::optional<std::string> OpenHow(std::string_view b, const FormatOptions&) {
  if (b.size() < 24) return std::nullopt;
  uint64_t flags = Field<uint64_t>(b, 0), mode = Field<uint64_t>(b, 8), resolve = Field<uint64_t>(b, 16);
  std::string out = "{flags=" + FormatFlags("open", flags);
  bool has_mode = (flags & O_CREAT) || (flags & __O_TMPFILE) == __O_TMPFILE;
  if (has_mode || mode) out += fmt::format(", mode={:#03o}", mode);
  return out + ", resolve=" + FormatFlags("resolve", resolve) + "}";
}

}  // namespace

const StructDecoder kOpenDecoders[] = {{"open_how", OpenHow}, {nullptr, nullptr}};

}  // namespace lzp::cli
