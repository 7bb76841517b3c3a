// cli/print/plain_line.cc — see plain_line.h. Each case below prints what
// FormatArgument / FormatReturn (syscall_format.cc) print for the same kind
// under the options a plan was made for; a kind or option they treat in any
// other way makes the syscall's plan not plain.
#include "cli/print/plain_line.h"

#include <cstring>

#include "cli/print/append_text.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {

using table::ArgKind;
using table::RetKind;

namespace {

constexpr int64_t kAtFdcwd = -100;
constexpr uint32_t kNotPlainFlags = proto::kNoReturn | proto::kInjected | proto::kInjectedArgs | proto::kDelayed;

bool Failed(const proto::SyscallRecord& rec) { return rec.ret < 0 && rec.ret >= -4095; }

char* WritePointer(char* p, uint64_t v) { return v == 0 ? WriteText(p, "NULL") : WriteHex0x(p, v); }

}  // namespace

PlainLines::SyscallPlan& PlainLines::PlanFirst(uint64_t nr) {
  static SyscallPlan kNotPlain = {true, false};  // (never changed: not plain, no argument is written)
  if (nr >= plans_.size()) return kNotPlain;
  return plans_[nr] = MakePlan(nr);
}

PlainLines::SyscallPlan PlainLines::MakePlan(uint64_t nr) const {
  SyscallPlan plan;
  plan.known = true;
  plan.info = table::SyscallByNumber(nr);
  const SpecialSyscall* special = FindSpecial(nr);
  if (plan.info == nullptr || (format_.raw != nullptr && format_.raw->test(nr)) ||
      (special != nullptr && (special->arguments != nullptr || special->annotate != nullptr)))
    return plan;
  plan.name = plan.info->name;
  // -e verbose=: structs of this syscall printed as addresses.
  const bool structs = format_.structs && !(format_.decoded != nullptr && !format_.decoded->test(nr));
  for (int i = 0; i < plan.info->nargs; ++i) {
    const table::ArgInfo& a = plan.info->args[i];
    std::string_view struct_name = a.table != nullptr ? a.table : "";
    switch (a.kind) {
      case ArgKind::Fd: case ArgKind::DirFd:
        if (format_.decode_fds) return plan;
        if (a.kind == ArgKind::DirFd && !ConstantsAbbreviated()) return plan;  // -X: AT_FDCWD as a number  // -y: the path after the number
        plan.args[i] = a.kind == ArgKind::Fd ? Arg::kInt32 : Arg::kDirFd;
        break;
      case ArgKind::Pid:
        if (format_.pid_names != nullptr) return plan;  // -Y: the command name after the number
        plan.args[i] = Arg::kInt32;
        break;
      case ArgKind::Int: plan.args[i] = Arg::kInt32; break;
      case ArgKind::Uid: case ArgKind::Gid: plan.args[i] = Arg::kUid; break;
      case ArgKind::Uint: case ArgKind::Long: case ArgKind::Ssize: case ArgKind::Off: case ArgKind::Ulong:
      case ArgKind::Size:
        plan.args[i] = table::IsSigned(a.type) ? Arg::kSigned : Arg::kUnsigned;
        break;
      case ArgKind::Hex: plan.args[i] = Arg::kHex; break;
      case ArgKind::Ptr: plan.args[i] = Arg::kPointer; break;
      case ArgKind::ClockId: case ArgKind::Enum:
        if (!ConstantsAbbreviated()) return plan;  // -X raw|verbose: FormatFlags' numbers
        plan.args[i] = Arg::kEnum;
        break;
      case ArgKind::InStruct: case ArgKind::OutStruct:
        if (struct_name != "timespec" && struct_name != "timeval") return plan;
        plan.args[i] = !structs ? Arg::kPointer : struct_name == "timespec" ? Arg::kTimespec : Arg::kTimeval;
        break;
      default: return plan;
    }
  }
  plan.at_entry = plan.info->nargs;  // as FormatArguments: up to the first argument the kernel writes
  for (int i = plan.info->nargs - 1; i >= 0; --i)
    if (plan.info->args[i].kind == ArgKind::OutStruct) plan.at_entry = i;
  plan.ret = plan.info->ret;
  if (plan.ret == RetKind::Oct || (plan.ret == RetKind::Fd && format_.decode_fds) ||
      (plan.ret == RetKind::Pid && format_.pid_names != nullptr))
    return plan;
  plan.plain = true;
  return plan;
}

char* PlainLines::WriteArgument(char* p, SyscallPlan& plan, const proto::SyscallRecord& rec,
                                const Captures& captures, int i) const {
  const table::ArgInfo& a = plan.info->args[i];
  const uint64_t v = table::KernelBits(a.type, rec.args[i]);  // as KernelView
  switch (plan.args[i]) {
    case Arg::kInt32: return WriteSigned(p, static_cast<int32_t>(v));
    case Arg::kDirFd:
      return static_cast<int32_t>(v) == kAtFdcwd ? WriteText(p, "AT_FDCWD") : WriteSigned(p, static_cast<int32_t>(v));
    case Arg::kUid: return static_cast<int32_t>(v) == -1 ? WriteText(p, "-1") : WriteUnsigned(p, static_cast<uint32_t>(v));
    case Arg::kSigned: return WriteSigned(p, table::KernelSigned(a.type, v));
    case Arg::kUnsigned: return WriteUnsigned(p, v);
    case Arg::kHex:
      if (v != 0) return WriteHex0x(p, v);
      *p++ = '0';
      return p;
    case Arg::kPointer: return WritePointer(p, v);
    case Arg::kEnum: {
      const uint64_t value = a.kind == ArgKind::ClockId ? static_cast<uint32_t>(v) : v;
      SyscallPlan::LastName& last = plan.last_name[i];
      if (last.name.empty() || last.value != value) {
        const char* name = EnumName(a.kind == ArgKind::ClockId ? "clockid" : a.table, value);
        size_t length = name != nullptr ? std::strlen(name) : 0;
        if (length == 0 || length > kSecondsAndFractionMax) return nullptr;  // no name: the general path's hex and comment
        last = {value, {name, length}};
      }
      return WriteText(p, last.name);
    }
    case Arg::kTimespec: case Arg::kTimeval: {
      if (v == 0) return WriteText(p, "NULL");
      const Capture* c = a.kind == ArgKind::InStruct ? captures.Find(i, proto::kAtEntry)
                         : Failed(rec)              ? nullptr
                                                    : captures.Find(i, proto::kAtExit);
      if (c == nullptr || c->faulted() || c->data.size() < 16) return WritePointer(p, v);
      return WriteSecondsAndFraction(p, c->data, plan.args[i] == Arg::kTimespec ? "tv_nsec=" : "tv_usec=");
    }
  }
  return nullptr;
}

char* PlainLines::WriteResult(char* p, const SyscallPlan& plan, const proto::SyscallRecord& rec) {
  const int64_t r = rec.ret;
  if (Failed(rec)) {
    const table::ErrnoInfo* e = table::ErrnoByNumber(static_cast<int>(-r));
    if (e == nullptr) return nullptr;
    size_t name = std::strlen(e->name), message = std::strlen(e->message);
    if (name + message > 256) return nullptr;
    p = WriteText(p, (-r >= 512 && -r <= 516) ? "= ? " : "= -1 ");
    p = WriteText(p, {e->name, name});
    p = WriteText(p, " (");
    p = WriteText(p, {e->message, message});
    *p++ = ')';
    return p;
  }
  p = WriteText(p, "= ");
  if (plan.ret == RetKind::Addr || plan.ret == RetKind::Hex) return WriteHex0x(p, static_cast<uint64_t>(r));
  return WriteSigned(p, r);
}

char* PlainLines::WriteCall(char* p, const proto::SyscallRecord& rec, const Captures& captures, size_t* split) {
  SyscallPlan& plan = Plan(rec.nr);
  if (!plan.plain || (rec.flags & kNotPlainFlags)) return nullptr;
  char* const start = p;
  p = WriteText(p, plan.name);
  *p++ = '(';
  for (int i = 0; i < plan.info->nargs; ++i) {
    if (i) p = WriteText(p, ", ");
    if (i == plan.at_entry) *split = static_cast<size_t>(p - start);
    if ((p = WriteArgument(p, plan, rec, captures, i)) == nullptr) return nullptr;
  }
  if (plan.at_entry == plan.info->nargs) *split = static_cast<size_t>(p - start);
  *p++ = ')';
  return p;
}

char* PlainLines::Write(char* p, const char* line_start, size_t column, const proto::SyscallRecord& rec,
                        const Captures& captures) {
  size_t split;
  if ((p = WriteCall(p, rec, captures, &split)) == nullptr) return nullptr;
  *p++ = ' ';
  size_t width = static_cast<size_t>(p - line_start);
  if (width < column) {
    std::memset(p, ' ', column - width);
    p += column - width;
  }
  return WriteResult(p, rec);
}

}  // namespace lzp::cli
