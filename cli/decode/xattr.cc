// cli/decode/xattr.cc — getxattr, lgetxattr and fgetxattr's value as strace
// 6.1 prints it: the bytes the call returned, less one trailing NUL (a value
// stored as a C string is shown without its terminator: "\0\0\0" for four
// zero bytes). Everything else is the default decoder's.
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

constexpr int kValueArg = 2;

std::vector<std::string> Getxattr(const CallContext& c) {
  std::vector<std::string> out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  const Capture* cap = c.captures.Find(kValueArg, proto::kAtExit);
  if (c.failed() || c.rec.ret <= 0 || cap == nullptr || cap->faulted()) return out;
  size_t len = static_cast<size_t>(c.rec.ret);
  if (cap->data.size() < len || cap->data[len - 1] != '\0') return out;
  std::string_view value = cap->data.substr(0, len - 1);
  out[kValueArg] = Quote(value.substr(0, c.options.string_limit), StyleOf(c.options), value.size() > c.options.string_limit);
  return out;
}

}  // namespace

const ArgumentsDecoder kGetxattrArguments = Getxattr;

}  // namespace lzp::cli
