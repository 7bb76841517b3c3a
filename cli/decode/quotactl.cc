// cli/decode/quotactl.cc — quotactl(QCMD(cmd, type), special, id, addr) and
// quotactl_fd(fd, QCMD(...), id, addr). The command word prints as
// "QCMD(Q_GETQUOTA, USRQUOTA)"; which of id and addr follow depends on the
// command (kLayouts, as strace prints them: Q_SYNC and Q_QUOTAOFF stop after
// the special file, Q_GETFMT, Q_GETINFO and Q_SETINFO have no id, Q_QUOTAON's
// id is a quota format and its addr the quota file's path, which the
// interposer copies for that command alone as argument 3). What the others
// point to (a dqblk, a format, a dqinfo) is an address.
#include <sys/syscall.h>

#include <fmt/format.h>

#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

// After the special file / fd: i the id, f the id as a quota format, a addr,
// p addr as a path.
struct Layout { uint32_t command; const char* args; };
constexpr Layout kLayouts[] = {
    {0x800001, ""},  {0x800003, ""},  // Q_SYNC, Q_QUOTAOFF
    {0x800004, "a"},  {0x800005, "a"},  {0x800006, "a"},  // Q_GETFMT, Q_GETINFO, Q_SETINFO
    {0x800002, "fp"},                 // Q_QUOTAON
};

std::string Command(uint64_t word) {
  uint32_t w = static_cast<uint32_t>(word);
  // -X raw: the word in decimal; verbose: the word, then QCMD(...) by name in a comment.
  return StyledConstant(fmt::format("{}", w),
                        "QCMD(" + FlagNames("quotactl", w >> 8) + ", " + FlagNames("quota_type", w & 0xff) + ")");
}

std::string QuotaFile(const CallContext& c, uint64_t ptr) {
  const Capture* cap = ptr != 0 ? c.captures.Find(3, proto::kAtEntry) : nullptr;
  return cap == nullptr || cap->faulted() ? Pointer(ptr) : Quote(cap->data, StyleOf(c.options), cap->truncated());
}

std::vector<std::string> Quotactl(const CallContext& c) {
  bool by_fd = c.rec.nr == SYS_quotactl_fd;
  int cmd_arg = by_fd ? 1 : 0, special_arg = by_fd ? 0 : 1;
  std::vector<std::string> out(2);
  out[cmd_arg] = Command(c.rec.args[cmd_arg]);
  out[special_arg] = FormatArgument(c, special_arg);
  const char* args = "ia";
  for (const Layout& l : kLayouts)
    if (l.command == static_cast<uint32_t>(c.rec.args[cmd_arg]) >> 8) args = l.args;
  for (int i = 0; args[i] != '\0'; ++i) {
    bool is_id = args[i] != 'a';
    uint64_t v = c.rec.args[is_id ? 2 : 3];
    // An id is a qid_t (unsigned), printed as strace prints uids: -1, else unsigned.
    out.push_back(args[i] == 'i'   ? (static_cast<int32_t>(v) == -1 ? "-1" : fmt::format("{}", static_cast<uint32_t>(v)))
                  : args[i] == 'f' ? FormatFlags("quota_format", static_cast<uint32_t>(v))
                  : args[i] == 'p' ? QuotaFile(c, v)
                                   : Pointer(v));
  }
  return out;
}

}  // namespace

const ArgumentsDecoder kQuotactlArguments = Quotactl;

}  // namespace lzp::cli
