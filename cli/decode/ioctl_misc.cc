// cli/decode/ioctl_misc.cc — three single-struct ioctl families, as strace 6.1
// prints them:
//   RNDADDENTROPY (<linux/random.h> rand_pool_info): {entropy_count=64,
//     buf_size=8, buf="\1\0..."}, buf being buf_size bytes (cut at -s) that
//     follow the two ints; an unreadable buffer is its address.
//   PERF_EVENT_IOC_SET_FILTER: the filter, a string cut at -s.
//   SECCOMP_IOCTL_NOTIF_SEND (<linux/seccomp.h> seccomp_notif_resp):
//     {id=0x5, val=-1, error=-ENOSYS, flags=SECCOMP_USER_NOTIF_FLAG_CONTINUE};
//     a negative error with a name is written as one.
//   SECCOMP_IOCTL_NOTIF_ADDFD (seccomp_notif_addfd): {id=0x7,
//     flags=SECCOMP_ADDFD_FLAG_SEND, srcfd=3, newfd=9, newfd_flags=O_CLOEXEC},
//     the fd flags named as pipe2's are.
#include <algorithm>

#include <fmt/format.h>

#include "cli/decode/ioctl_structs.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/quote.h"
#include "syscalltable/tables.h"

namespace lzp::cli {
namespace {

// `bytes` cut at -s, with "..." when there were more (`more`).
std::string CutString(std::string_view bytes, bool more, const FormatOptions& o) {
  bool cut = more || bytes.size() > o.string_limit;
  return Quote(bytes.substr(0, std::min<size_t>(bytes.size(), o.string_limit)), StyleOf(o), cut);
}

std::string RandPoolInfo(const IoctlPhase& p) {
  std::string_view b = p.header.data;
  uint32_t buf_size = Field<uint32_t>(b, 4);
  std::string buf;
  if (p.tail == nullptr || p.tail->faulted()) buf = Pointer(p.address() + 8);
  else buf = CutString(p.tail->data, p.tail->truncated() || buf_size > p.tail->data.size(), p.c.options);
  return fmt::format("{{entropy_count={}, buf_size={}, buf={}}}", Field<int32_t>(b, 0), Field<int32_t>(b, 4), buf);
}

std::string SeccompError(int32_t error) {
  const table::ErrnoInfo* e = error < 0 ? table::ErrnoByNumber(-error) : nullptr;
  return e != nullptr ? fmt::format("-{}", e->name) : fmt::format("{}", error);
}

std::string SeccompNotifResp(std::string_view b) {
  return fmt::format("{{id={}, val={}, error={}, flags={}}}", Hex(Field<uint64_t>(b, 0)), Field<int64_t>(b, 8),
                     SeccompError(Field<int32_t>(b, 16)), FormatFlags("seccomp_notif_resp", Field<uint32_t>(b, 20)));
}

std::string SeccompNotifAddfd(const IoctlPhase& p) {
  std::string_view b = p.header.data;
  std::string srcfd = WithFdPath(p.c, proto::kFdListArg0, fmt::format("{}", Field<uint32_t>(b, 12)));  // -y: its path
  return fmt::format("{{id={}, flags={}, srcfd={}, newfd={}, newfd_flags={}}}", Hex(Field<uint64_t>(b, 0)),
                     FormatFlags("seccomp_addfd", Field<uint32_t>(b, 8)), srcfd, Field<uint32_t>(b, 16),
                     FormatFlags("pipe", Field<uint32_t>(b, 20)));
}

}  // namespace

std::string FormatMiscStruct(const IoctlPhase& p) {
  switch (p.t.shape) {
    case proto::IoctlShape::kRandPoolInfo: return RandPoolInfo(p);
    case proto::IoctlShape::kSeccompNotifResp: return SeccompNotifResp(p.header.data);
    case proto::IoctlShape::kSeccompNotifAddfd: return SeccompNotifAddfd(p);
    default: return CutString(p.header.data, p.header.truncated(), p.c.options);  // the filter string
  }
}

}  // namespace lzp::cli
