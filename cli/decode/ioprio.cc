// cli/decode/ioprio.cc — I/O priorities (<linux/ioprio.h>): a value is a
// class in the bits from 13 up and data below, printed as strace does:
// "IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)"; ioprio_get's result is followed
// by the same form.
#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {

std::string FormatIoprio(uint64_t v) {
  constexpr int kClassShift = 13;
  uint32_t value = static_cast<uint32_t>(v);
  return "IOPRIO_PRIO_VALUE(" + FormatFlags("ioprio_class", value >> kClassShift) +
         fmt::format(", {})", value & ((1u << kClassShift) - 1));
}

namespace {

std::string PriorityValue(uint64_t v) { return FormatIoprio(v); }

std::vector<std::string> Set(const CallContext& c) {
  return {FormatArgument(c, 0), FormatArgument(c, 1), PriorityValue(c.rec.args[2])};
}

std::string GetResult(const CallContext& c, const std::string& value) {
  return c.failed() ? value : value + " (" + PriorityValue(static_cast<uint64_t>(c.rec.ret)) + ")";
}

}  // namespace

const ArgumentsDecoder kIoprioSetArguments = Set;
const ReturnAnnotator kIoprioGetResult = GetResult;

}  // namespace lzp::cli
