// cli/decode/ioprio.cc — I/O priorities (<linux/ioprio.h>): a value is a
// class in the bits from 13 up and data below, printed as strace does:
// "IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)"; ioprio_get's result is followed
// by the same form. Under -X raw a value is its number (and the result has no
// annotation), under verbose the number with the form in a comment, the
// class inside it styled too: "16388 /* IOPRIO_PRIO_VALUE(0x2 /* IOPRIO_CLASS_BE */, 4) */".
#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {

namespace {

std::string PrioValueMacro(uint32_t value) {
  constexpr int kClassShift = 13;
  return "IOPRIO_PRIO_VALUE(" + FormatFlags("ioprio_class", value >> kClassShift) +
         fmt::format(", {})", value & ((1u << kClassShift) - 1));
}

}  // namespace

std::string FormatIoprio(uint64_t v, bool hex_number) {
  uint32_t value = static_cast<uint32_t>(v);
  return StyledConstant(hex_number ? Hex(value) : fmt::format("{}", value), PrioValueMacro(value));
}

namespace {

std::vector<std::string> Set(const CallContext& c) {
  return {FormatArgument(c, 0), FormatArgument(c, 1), FormatIoprio(c.rec.args[2])};
}

std::string GetResult(const CallContext& c, const std::string& value) {
  if (c.failed() || CurrentConstStyle() == ConstStyle::kRaw) return value;
  return value + " (" + PrioValueMacro(static_cast<uint32_t>(c.rec.ret)) + ")";
}

}  // namespace

const ArgumentsDecoder kIoprioSetArguments = Set;
const ReturnAnnotator kIoprioGetResult = GetResult;

}  // namespace lzp::cli
