// cli/syscall_format.cc — formats records with the syscall table's kinds.
//
// Each argument is printed from its kind in syscalltable/syscalls.tbl:
// numbers in decimal, modes in octal, AT_FDCWD by name, pointers in hex (NULL
// for 0). Strings, flags by name and structs need data captured inside the
// tracee and the per-family decoders of the decoding work; until then those
// arguments are printed raw, as `strace -e raw=` would.
#include "cli/syscall_format.h"

#include <fmt/format.h>

#include "syscalltable/tables.h"

namespace lzp::cli {

using table::ArgKind;
using table::RetKind;

namespace {

constexpr int64_t kAtFdcwd = -100;

std::string FormatArg(ArgKind kind, uint64_t v) {
  switch (kind) {
    case ArgKind::Signal:
      return SignalLabel(static_cast<int32_t>(v));
    case ArgKind::Int: case ArgKind::Fd: case ArgKind::Pid: case ArgKind::ClockId:
      return fmt::format("{}", static_cast<int32_t>(v));
    case ArgKind::Uid: case ArgKind::Gid:
      return static_cast<int32_t>(v) == -1 ? "-1" : fmt::format("{}", static_cast<uint32_t>(v));
    case ArgKind::DirFd:
      return static_cast<int32_t>(v) == kAtFdcwd ? "AT_FDCWD" : fmt::format("{}", static_cast<int32_t>(v));
    case ArgKind::Long: case ArgKind::Ssize: case ArgKind::Off:
      return fmt::format("{}", static_cast<int64_t>(v));
    case ArgKind::Uint:
      return fmt::format("{}", static_cast<uint32_t>(v));
    case ArgKind::Ulong: case ArgKind::Size:
      return fmt::format("{}", v);
    case ArgKind::Mode: case ArgKind::Oct:  // printf's %#03o, as strace
      return v == 0 ? "000" : fmt::format("0{:o}", static_cast<uint32_t>(v));
    case ArgKind::Flags: case ArgKind::Enum: case ArgKind::Hex:  // printf's %#lx: 0 stays "0"
      return v == 0 ? "0" : fmt::format("{:#x}", v);
    default:  // pointers of every kind
      return v == 0 ? "NULL" : fmt::format("{:#x}", v);
  }
}

}  // namespace

std::string SyscallName(uint64_t nr) {
  const table::SyscallInfo* info = table::SyscallByNumber(nr);
  return info ? info->name : fmt::format("syscall_{:#x}", nr);
}

std::string SignalLabel(int sig) {
  if (const char* name = table::SignalName(sig)) return name;
  if (sig >= 32 && sig <= 64) return fmt::format("SIGRT_{}", sig - 32);
  return fmt::format("{}", sig);
}

std::string FormatCall(const proto::SyscallRecord& rec) {
  const table::SyscallInfo* info = table::SyscallByNumber(rec.nr);
  std::string out = SyscallName(rec.nr) + "(";
  int nargs = info ? info->nargs : 6;
  for (int i = 0; i < nargs; ++i) {
    if (i) out += ", ";
    out += info ? FormatArg(info->args[i].kind, rec.args[i]) : fmt::format("{:#x}", rec.args[i]);
  }
  return out + ")";
}

std::string FormatReturn(const proto::SyscallRecord& rec) {
  const table::SyscallInfo* info = table::SyscallByNumber(rec.nr);
  RetKind kind = info ? info->ret : RetKind::Long;
  if (rec.flags & proto::kNoReturn) return "= ?";
  int64_t r = rec.ret;
  if (r < 0 && r >= -4095) {
    const table::ErrnoInfo* e = table::ErrnoByNumber(static_cast<int>(-r));
    bool restart = -r >= 512 && -r <= 516;
    if (e == nullptr) return fmt::format("= -1 {} (Unknown error {})", -r, -r);
    return fmt::format("= {} {} ({})", restart ? "?" : "-1", e->name, e->message);
  }
  switch (kind) {
    case RetKind::Addr: case RetKind::Hex: return fmt::format("= {:#x}", static_cast<uint64_t>(r));
    case RetKind::Oct: return fmt::format("= 0{:o}", static_cast<uint64_t>(r));
    case RetKind::Int: case RetKind::Fd: case RetKind::Pid: case RetKind::Uid: case RetKind::Uint:
      return fmt::format("= {}", static_cast<int64_t>(r));
    default: return fmt::format("= {}", r);
  }
}

}  // namespace lzp::cli
