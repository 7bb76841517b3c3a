// cli/decode/fd_lists.cc — -y inside select's fd_sets and poll's pollfds:
//   pselect6(5, [3<pipe:[513074]>], [4<pipe:[513074]>], NULL, ...)
//   poll([{fd=4</dev/null>, events=POLLOUT}], 1, 0)
// The interposer resolved the listed fds at entry into the argument slots
// kFdListArg0.. (select: read, write, except sets, ascending; poll: one slot
// per pollfd). These take the usual text of those arguments and add each
// fd's path in the same order. The sets show only the fds below nfds (the
// capture is rounded up to 64 bits), and none when nfds is 0 or negative
// (addresses, as the kernel reads none); pselect6's sigmask struct is decoded.
#include <sys/syscall.h>

#include <cctype>

#include "cli/decode/structs.h"

#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

// Appends "<path>" to the numbers in `text` that follow `marker` (each
// number when `marker` is empty), taking slots from *slot on.
std::string AnnotateNumbers(const CallContext& c, const std::string& text, std::string_view marker, int* slot) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    bool at_number = marker.empty() ? std::isdigit(static_cast<unsigned char>(text[i])) &&
                                          (i == 0 || text[i - 1] == '[' || text[i - 1] == ' ')
                                    : text.compare(i, marker.size(), marker) == 0;
    if (!at_number) {
      out += text[i++];
      continue;
    }
    out += text.substr(i, marker.size());
    i += marker.size();
    size_t end = i;
    while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '-')) ++end;
    std::string number = text.substr(i, end - i);
    i = end;
    if (*slot >= static_cast<int>(proto::kFdListMax) || number.empty()) {
      out += number;
      continue;
    }
    out += WithFdPath(c, proto::kFdListArg0 + (*slot)++, number);
  }
  return out;
}

std::vector<std::string> Select(const CallContext& c) {
  std::vector<std::string> out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  uint64_t nfds = static_cast<uint32_t>(c.rec.args[0]);  // the kernel reads only the fds below nfds (an int)
  for (int set = 1; set <= 3; ++set) {
    // nfds 0 or negative: the kernel reads no set, strace prints their addresses.
    if (static_cast<int32_t>(nfds) <= 0) {
      if (c.rec.args[set] != 0) out[set] = Pointer(c.rec.args[set]);
      continue;
    }
    const Capture* cap = c.rec.args[set] && c.options.structs ? c.captures.Find(set, proto::kAtEntry) : nullptr;
    if (cap != nullptr && !cap->faulted()) out[set] = FormatFdSet(cap->data, nfds, nullptr);
  }
  if (c.rec.nr == SYS_pselect6) out[5] = FormatSigmaskArgument(c);
  int slot = 0;
  if (c.options.decode_fds)
    for (int set = 1; set <= 3; ++set)
      if (!out[set].empty() && out[set][0] == '[') out[set] = AnnotateNumbers(c, out[set], "", &slot);
  return out;
}

std::vector<std::string> Poll(const CallContext& c) {
  std::vector<std::string> out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  int slot = 0;
  if (c.options.decode_fds && !out[0].empty() && out[0][0] == '[') out[0] = AnnotateNumbers(c, out[0], "fd=", &slot);
  return out;
}

}  // namespace

const ArgumentsDecoder kSelectArguments = Select;
const ArgumentsDecoder kPollArguments = Poll;

}  // namespace lzp::cli
