// cli/decode/seccomp.cc — seccomp(2) by operation (<linux/seccomp.h>): the
// flags are named only for SECCOMP_SET_MODE_FILTER, and the third argument
// is read as the operation reads it: a struct sock_fprog for a filter
// ("{len=0, filter=NULL}"; the instructions under -v: cli/decode/classic_bpf.h), the u32 action SECCOMP_GET_ACTION_AVAIL asks
// about ("[SECCOMP_RET_LOG]"), the struct seccomp_notif_sizes
// SECCOMP_GET_NOTIF_SIZES writes (three u16). The interposer copies 16
// bytes at entry and at exit (structs.tbl's seccomp_args).
#include <fmt/format.h>

#include "cli/decode/classic_bpf.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

enum : uint32_t { kStrict = 0, kFilter = 1, kActionAvail = 2, kNotifSizes = 3 };

std::string Args(const CallContext& c, uint32_t op) {
  uint64_t ptr = c.rec.args[2];
  bool at_exit = op == kNotifSizes;
  if (ptr == 0 || !c.options.structs || (at_exit && c.failed())) return Pointer(ptr);
  const Capture* cap = c.captures.Find(2, at_exit ? proto::kAtExit : proto::kAtEntry);
  if (cap == nullptr || cap->faulted() || cap->data.size() < 16) return Pointer(ptr);
  std::string_view b = cap->data;
  switch (op) {
    case kFilter: return FormatFprog(c, ptr, FilterKind::kSeccomp);
    case kActionAvail: return "[" + FormatFlags("seccomp_ret", Field<uint32_t>(b, 0)) + "]";
    case kNotifSizes:
      return fmt::format("{{seccomp_notif={}, seccomp_notif_resp={}, seccomp_data={}}}", Field<uint16_t>(b, 0),
                         Field<uint16_t>(b, 2), Field<uint16_t>(b, 4));
    default: return Pointer(ptr);
  }
}

std::vector<std::string> Seccomp(const CallContext& c) {
  uint32_t op = static_cast<uint32_t>(c.rec.args[0]);
  std::string flags = op == kFilter ? FormatFlags("seccomp_filter_flags", static_cast<uint32_t>(c.rec.args[1]))
                                    : FormatArgument(c, 1);
  return {FormatArgument(c, 0), flags, Args(c, op)};
}

}  // namespace

const ArgumentsDecoder kSeccompArguments = Seccomp;

}  // namespace lzp::cli
