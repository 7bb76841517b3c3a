// cli/syscall_format.h — one syscall record as strace prints it.
#pragma once

#include <cstdint>
#include <string>

#include "tracer/protocol.h"

namespace lzp::cli {

// "name(arg, arg, ...)" — without the return value.
std::string FormatCall(const proto::SyscallRecord& rec);
// "= 3", "= -1 ENOENT (No such file or directory)", "= ?" ...
std::string FormatReturn(const proto::SyscallRecord& rec);
// The syscall's name, or "syscall_0x1c8" for numbers we do not know.
std::string SyscallName(uint64_t nr);
// "SIGTERM", or "SIGRT_3" for real-time signals, or the number.
std::string SignalLabel(int sig);

}  // namespace lzp::cli
