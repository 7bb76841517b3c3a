// cli/decode/xattr.cc — the value of setxattr/lsetxattr/fsetxattr (as passed,
// `size` bytes) and of getxattr/lgetxattr/fgetxattr (as returned) as strace
// 6.1 prints it: less one trailing NUL (a value stored as a C string is
// shown without its terminator: "\0\0\0" for four zero bytes), the NUL
// being the last byte -s lets it show; getxattr's value as long as the
// result says even when the size passed was 0 (a size query). Everything
// else is the default decoder's, but listxattr's list after a size 0 and a
// value longer than XATTR_SIZE_MAX: an address.
#include <algorithm>

#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

constexpr int kValueArg = 2, kSizeArg = 3;

std::vector<std::string> Value(const CallContext& c, uint8_t phase, int64_t len) {
  std::vector<std::string> out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  const Capture* cap = c.captures.Find(kValueArg, phase);
  // What strace shows: the first min(len, -s) bytes, and then, if the last
  // of those is a NUL, without it and without "..." (-s 2 shows "\0" of
  // four zero bytes).
  constexpr int64_t kXattrSizeMax = 65536;  // <linux/limits.h>: strace shows a longer value's address
  if (static_cast<uint64_t>(len) > kXattrSizeMax) {  // a negative size too
    out[kValueArg] = Pointer(c.rec.args[kValueArg]);
    return out;
  }
  uint64_t shown = std::min<uint64_t>(len > 0 ? len : 0, c.options.string_limit);
  if (shown == 0 || cap == nullptr || cap->faulted() || cap->data.size() < shown) return out;
  if (cap->data[shown - 1] == '\0') out[kValueArg] = Quote(cap->data.substr(0, shown - 1), StyleOf(c.options), false);
  // getxattr's size 0 asks for the value's size and fills nothing, yet strace
  // shows the result's worth of the buffer (the default decoder shows none).
  else out[kValueArg] = Quote(cap->data.substr(0, shown), StyleOf(c.options), static_cast<uint64_t>(len) > shown);
  return out;
}

std::vector<std::string> Setxattr(const CallContext& c) {
  return Value(c, proto::kAtEntry, static_cast<int64_t>(c.rec.args[kSizeArg]));
}

std::vector<std::string> Getxattr(const CallContext& c) { return Value(c, proto::kAtExit, c.failed() ? 0 : c.rec.ret); }

// listxattr's size 0 asks for the list's size: strace shows the list's address.
std::vector<std::string> Listxattr(const CallContext& c) {
  constexpr int kListArg = 1, kListSizeArg = 2;
  std::vector<std::string> out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  if (c.rec.args[kListSizeArg] == 0) out[kListArg] = Pointer(c.rec.args[kListArg]);
  return out;
}

}  // namespace

const ArgumentsDecoder kListxattrArguments = Listxattr;
const ArgumentsDecoder kGetxattrArguments = Getxattr;
const ArgumentsDecoder kSetxattrArguments = Setxattr;

}  // namespace lzp::cli
