// cli/decode/futex.cc — futex_waitv's array of struct futex_waitv
// (<linux/futex.h>: u64 val, u64 uaddr, u32 flags, u32 __reserved), read by
// the interposer at entry as many as nr_futexes says: each waiter as
// "{val=0x3, uaddr=0x..., flags=FUTEX_32|FUTEX_PRIVATE_FLAG}", at most -s of
// them, "[]" for none.
#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

std::optional<std::string> Waiters(std::string_view b, const FormatOptions& o) {
  constexpr size_t kSize = 24;
  std::string out = "[";
  for (size_t i = 0; i + kSize <= b.size(); i += kSize) {
    if (i) out += ", ";
    if (i / kSize >= o.string_limit) return out + "...]";
    out += fmt::format("{{val={}, uaddr={}, flags={}}}", Hex(Field<uint64_t>(b, i)), Pointer(Field<uint64_t>(b, i + 8)),
                       FormatFlags("futex2", Field<uint32_t>(b, i + 16)));
  }
  return out + "]";
}

}  // namespace

const StructDecoder kFutexDecoders[] = {{"futex_waitv", Waiters}, {nullptr, nullptr}};

}  // namespace lzp::cli
