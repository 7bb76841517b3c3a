// cli/decode/landlock.cc — Landlock's structs (<linux/landlock.h>):
// landlock_create_ruleset's struct landlock_ruleset_attr (only as far as
// its size argument says: the interposer copies that much, and a size
// below the first field's end is an address) and landlock_add_rule's
// struct landlock_path_beneath_attr (packed: u64 allowed_access, s32
// parent_fd), their access rights named by landlock_access_fs.tbl.
#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"

namespace lzp::cli {
namespace {

std::optional<std::string> RulesetAttr(std::string_view b, const FormatOptions&) {
  if (b.size() < 8) return std::nullopt;
  return "{handled_access_fs=" + FormatFlags("landlock_access_fs", Field<uint64_t>(b, 0)) + "}";
}

std::optional<std::string> PathBeneath(std::string_view b, const FormatOptions&) {
  if (b.size() < 12) return std::nullopt;
  return "{allowed_access=" + FormatFlags("landlock_access_fs", Field<uint64_t>(b, 0)) +
         fmt::format(", parent_fd={}}}", Field<int32_t>(b, 8));
}

}  // namespace

const StructDecoder kLandlockDecoders[] = {
    {"landlock_ruleset_attr", RulesetAttr}, {"landlock_path_beneath", PathBeneath}, {nullptr, nullptr}};

}  // namespace lzp::cli
