// cli/decode/personality.cc — personality(persona): the value by name
// (type and flags), except 0xffffffff, the query, which strace prints as is;
// the result is the previous persona in hex with its name: "= 0x40000
// (PER_LINUX|ADDR_NO_RANDOMIZE)". And syslog(type, buf, len): the action in
// decimal with its name in a comment, "10 /* SYSLOG_ACTION_SIZE_BUFFER */";
// the actions that take no buffer print only that; CONSOLE_LEVEL's length is
// a log level, "3 /* LOGLEVEL_ERR */".
#include <fmt/format.h>

#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

constexpr uint32_t kQuery = 0xffffffff;

std::vector<std::string> Personality(const CallContext& c) {
  uint32_t persona = static_cast<uint32_t>(c.rec.args[0]);
  return {persona == kQuery ? Hex(persona) : FormatFlags("personality", persona)};
}

std::string Previous(const CallContext& c, const std::string& value) {
  if (c.failed()) return value;
  uint32_t persona = static_cast<uint32_t>(c.rec.ret);
  return Hex(persona) + " (" + FormatFlags("personality", persona) + ")";
}

// The actions without a buffer or length: close, open, clear, console off
// and on, the two sizes.
constexpr uint32_t kNoBuffer[] = {0, 1, 5, 6, 7, 9, 10};

std::vector<std::string> Syslog(const CallContext& c) {
  int32_t type = static_cast<int32_t>(c.rec.args[0]);
  std::string name = FlagNames("syslog", static_cast<uint32_t>(type));  // "2 /* SYSLOG_ACTION_READ */" under any -X
  std::vector<std::string> out = {name.find("/*") != std::string::npos
                                      ? fmt::format("{} /* SYSLOG_ACTION_??? */", type)
                                      : fmt::format("{} /* {} */", type, name)};
  for (uint32_t t : kNoBuffer)
    if (static_cast<uint32_t>(type) == t) return out;
  out.push_back(FormatArgument(c, 1));
  constexpr int32_t kConsoleLevel = 8;  // SYSLOG_ACTION_CONSOLE_LEVEL: len is a log level
  if (type != kConsoleLevel) {
    out.push_back(FormatArgument(c, 2));
    return out;
  }
  int32_t level = static_cast<int32_t>(c.rec.args[2]);
  std::string level_name = FlagNames("loglevel", static_cast<uint64_t>(static_cast<int64_t>(level)));
  out.push_back(level_name.find("/*") != std::string::npos ? fmt::format("{} /* LOGLEVEL_??? */", level)
                                                     : fmt::format("{} /* {} */", level, level_name));
  return out;
}

}  // namespace

const ArgumentsDecoder kPersonalityArguments = Personality;
const ReturnAnnotator kPersonalityResult = Previous;
const ArgumentsDecoder kSyslogArguments = Syslog;

}  // namespace lzp::cli
