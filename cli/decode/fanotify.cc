// cli/decode/fanotify.cc — fanotify_mark's directory fd: FAN_NOFD (-1,
// <linux/fanotify.h>) by name, as strace prints it, otherwise a dirfd
// (AT_FDCWD or a number).
#include "cli/print/const_style.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

std::vector<std::string> FanotifyMark(const CallContext& c) {
  std::vector<std::string> out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  if (static_cast<int32_t>(c.rec.args[3]) == -1) out[3] = StyledConstant("-1", "FAN_NOFD");
  return out;
}

}  // namespace

const ArgumentsDecoder kFanotifyMarkArguments = FanotifyMark;

}  // namespace lzp::cli
