// cli/decode/file_handle.cc — struct file_handle (<linux/fcntl.h>) as strace
// 6.1 prints it, from what the interposer copied (proto::FileHandleArg):
//   open_by_handle_at(-1, {handle_bytes=8, handle_type=1, f_handle="\x02..."}, O_RDONLY)
//   name_to_handle_at(AT_FDCWD, "/", {handle_bytes=128 => 8, handle_type=1, f_handle="\x02..."}, [27], 0)
// name_to_handle_at's handle is the size passed, then what the kernel wrote:
// after EOVERFLOW only the size it needs ("{handle_bytes=0 => 8}"), after
// another failure nothing. f_handle's bytes are in hex, whatever -s says,
// at most MAX_HANDLE_SZ (128) of them, then "..." if handle_bytes is larger.
#include <sys/syscall.h>

#include <algorithm>

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/quote.h"
#include "cli/print/syscall_format.h"
#include "tracer/capture_format.h"

namespace lzp::cli {
namespace {

std::string Handle(std::string_view b) {
  uint32_t bytes = Field<uint32_t>(b, 0);
  std::string_view data = b.substr(proto::kFileHandleHeader, std::min<uint64_t>(bytes, b.size() - proto::kFileHandleHeader));
  return fmt::format("handle_type={}, f_handle={}", Field<int32_t>(b, 4),
                     Quote(data, HexStyle::kAll, bytes > proto::kFileHandleMax));
}

std::vector<std::string> FileHandleCall(const CallContext& c) {
  std::vector<std::string> out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  int arg = proto::FileHandleArg(c.rec.nr);
  const Capture* in = c.captures.Find(arg, proto::kAtEntry);
  if (in == nullptr || in->faulted() || in->data.size() < proto::kFileHandleHeader || !c.options.structs) return out;
  uint32_t passed = Field<uint32_t>(in->data, 0);
  std::string text = fmt::format("{{handle_bytes={}", passed);
  if (c.rec.nr == SYS_open_by_handle_at) {
    text += ", " + Handle(in->data);
  } else if (const Capture* back = c.captures.Find(arg, proto::kAtExit);
             back != nullptr && !back->faulted() && back->data.size() >= proto::kFileHandleHeader) {
    uint32_t written = Field<uint32_t>(back->data, 0);
    if (written != passed) text += fmt::format(" => {}", written);
    if (!c.failed()) text += ", " + Handle(back->data);
  }
  out[arg] = text + "}";
  return out;
}

}  // namespace

const ArgumentsDecoder kFileHandleArguments = FileHandleCall;

}  // namespace lzp::cli
