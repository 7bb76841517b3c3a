// cli/decode/landlock.cc — Landlock's structs (<linux/landlock.h>):
// landlock_create_ruleset's struct landlock_ruleset_attr (only as far as
// its size argument says: the interposer copies that much, and a size
// below the first field's end is an address) and landlock_add_rule's
// struct landlock_path_beneath_attr (packed: u64 allowed_access, s32
// parent_fd), their access rights named by landlock_access_fs.tbl. The
// rule's struct is read only for the rule type that has it
// (LANDLOCK_RULE_PATH_BENEATH): any other type's is an address, as strace
// prints it.
#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

// strace 6.1 knows handled_access_fs only: a longer struct (handled_access_net,
// scoped) is ", ..." after it.
std::optional<std::string> RulesetAttr(std::string_view b, const FormatOptions&) {
  if (b.size() < 8) return std::nullopt;
  return "{handled_access_fs=" + FormatFlags("landlock_access_fs", Field<uint64_t>(b, 0)) + (b.size() > 8 ? ", ...}" : "}");
}

std::optional<std::string> PathBeneath(std::string_view b, const FormatOptions&) {
  if (b.size() < 12) return std::nullopt;
  return "{allowed_access=" + FormatFlags("landlock_access_fs", Field<uint64_t>(b, 0)) +
         fmt::format(", parent_fd={}}}", Field<int32_t>(b, 8));
}

std::vector<std::string> AddRule(const CallContext& c) {
  constexpr uint32_t kRulePathBeneath = 1;  // <linux/landlock.h>
  constexpr int kRuleTypeArg = 1, kRuleAttrArg = 2;
  std::vector<std::string> out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  if (static_cast<uint32_t>(c.rec.args[kRuleTypeArg]) != kRulePathBeneath && c.rec.args[kRuleAttrArg] != 0)
    out[kRuleAttrArg] = Pointer(c.rec.args[kRuleAttrArg]);
  return out;
}

}  // namespace

const ArgumentsDecoder kLandlockAddRuleArguments = AddRule;
const StructDecoder kLandlockDecoders[] = {
    {"landlock_ruleset_attr", RulesetAttr}, {"landlock_path_beneath", PathBeneath}, {nullptr, nullptr}};

}  // namespace lzp::cli
