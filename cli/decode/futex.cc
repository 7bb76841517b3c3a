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
  return FormatArray(b, 24, o, [](std::string_view e) {
    return fmt::format("{{val={}, uaddr={}, flags={}}}", Hex(Field<uint64_t>(e, 0)), Pointer(Field<uint64_t>(e, 8)),
                       FormatFlags("futex2", Field<uint32_t>(e, 16)));
  });
}

}  // namespace

const StructDecoder kFutexDecoders[] = {{"futex_waitv", Waiters}, {nullptr, nullptr}};

}  // namespace lzp::cli
