// cli/decode/mqueue.cc — POSIX message queues (<linux/mqueue.h>): struct
// mq_attr (four longs, then reserved space: 64 bytes) as strace prints it,
// its mq_flags naming only O_NONBLOCK; and mq_open, whose mode and
// attributes the kernel reads only with O_CREAT (strace prints them only
// then).
#include <fcntl.h>

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

std::optional<std::string> MqAttr(std::string_view b, const FormatOptions&) {
  if (b.size() < 32) return std::nullopt;
  uint64_t flags = Field<uint64_t>(b, 0);
  std::string named = flags == 0 ? "0" : (flags & O_NONBLOCK) ? "O_NONBLOCK" : "";
  if (flags & ~uint64_t{O_NONBLOCK}) named += (named.empty() ? "" : "|") + Hex(flags & ~uint64_t{O_NONBLOCK});
  if (flags & O_NONBLOCK) named = StyledConstant(Hex(flags), named);  // -X raw: 0x800; verbose: 0x800 /* O_NONBLOCK */
  return fmt::format("{{mq_flags={}, mq_maxmsg={}, mq_msgsize={}, mq_curmsgs={}}}", named, Field<int64_t>(b, 8),
                     Field<int64_t>(b, 16), Field<int64_t>(b, 24));
}

std::vector<std::string> MqOpen(const CallContext& c) {
  if (static_cast<uint32_t>(c.rec.args[1]) & O_CREAT)
    return {FormatArgument(c, 0), FormatArgument(c, 1), FormatArgument(c, 2), FormatArgument(c, 3)};
  return {FormatArgument(c, 0), FormatArgument(c, 1)};
}

}  // namespace

const StructDecoder kMqueueDecoders[] = {{"mq_attr", MqAttr}, {nullptr, nullptr}};
const ArgumentsDecoder kMqOpenArguments = MqOpen;

}  // namespace lzp::cli
