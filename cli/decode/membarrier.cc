// cli/decode/membarrier.cc — membarrier(cmd, flags, cpu_id): cpu_id is
// printed only with MEMBARRIER_CMD_FLAG_CPU; MEMBARRIER_CMD_QUERY's result is
// the set of supported commands, named after it as strace does:
// "= 0x3ff (MEMBARRIER_CMD_GLOBAL|...|0x200)".
#include <fmt/format.h>

#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

constexpr uint64_t kFlagCpu = 1;

std::vector<std::string> Membarrier(const CallContext& c) {
  std::vector<std::string> out = {FormatArgument(c, 0), FormatFlags("membarrier_flags", static_cast<uint32_t>(c.rec.args[1]))};
  if (static_cast<uint32_t>(c.rec.args[1]) & kFlagCpu) out.push_back(fmt::format("{}", static_cast<int32_t>(c.rec.args[2])));
  return out;
}

// The command table is an enum (one command per call); the result is a set
// of its bits, each named by the same table.
std::string QueryResult(const CallContext& c, const std::string& value) {
  if (c.failed() || c.rec.args[0] != 0 || c.rec.ret <= 0) return value;
  uint64_t bits = static_cast<uint64_t>(c.rec.ret), unknown = 0;
  std::string names;
  for (uint64_t bit = 1; bit != 0 && bit <= bits; bit <<= 1) {
    if (!(bits & bit)) continue;
    std::string name = FlagNames("membarrier", bit);
    if (name.find("/*") != std::string::npos) { unknown |= bit; continue; }
    names += (names.empty() ? "" : "|") + name;
  }
  if (unknown) names += (names.empty() ? "" : "|") + Hex(unknown);
  if (CurrentConstStyle() == ConstStyle::kRaw) return Hex(bits) + " (" + Hex(bits) + ")";
  return Hex(bits) + " (" + StyledConstant(Hex(bits), names) + ")";  // verbose: "(0x3ff /* ... */)"
}

}  // namespace

const ArgumentsDecoder kMembarrierArguments = Membarrier;
const ReturnAnnotator kMembarrierResult = QueryResult;

}  // namespace lzp::cli
