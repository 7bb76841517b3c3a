// syscalltable/tables.h — the syscall, errno and signal tables as C++ data.
//
// The data lives in syscalls.tbl, errnos.tbl and signals.tbl beside this file;
// gen_tables (run by the build) turns them into tables.gen.cc, which defines
// the arrays declared here. Nothing in this header depends on the tracee: the
// CLI and the tests use it; the interposer does not.
#pragma once

#include <cstdint>
#include <string_view>

namespace lzp::table {

// How one argument is shown and what must be captured to show it.
enum class ArgKind : uint8_t {
  Int, Uint, Long, Ulong, Size, Ssize, Off, Hex, Ptr, Oct,
  Remaining, // struct `table` the kernel writes only when a signal interrupts the call (nanosleep's rem): shown after it
  Fd, DirFd, Pid, Uid, Gid, Signal, Mode, ClockId,
  Path, String,
  InBuf,     // input buffer, length in argument `param`
  OutBuf,    // output buffer filled up to the return value, capacity in `param`
  InIovec,   // iovec array read at entry, count in `param`
  OutIovec,  // iovec array filled at exit, count in `param`
  Flags,     // bit flags, table named by `table`
  Enum,      // one named constant, table named by `table`
  InStruct, OutStruct, InOutStruct,  // pointer to the struct named by `table`
  Argv, Envp,
  Dirents,   // getdents output: shown as its entry count
  OutPath,   // a NUL-terminated path written by the kernel (getcwd)
  AddrIovec, // iovec array read at entry, shown as bases and lengths only (another process's memory)
};

enum class RetKind : uint8_t { Int, Fd, Pid, Addr, Hex, Uid, NoReturn, Ssize, Long, Uint, Off, Oct };

// strace's syscall classes (-e trace=%file and friends), as bits.
enum Class : uint32_t {
  kFile = 1u << 0, kDesc = 1u << 1, kProcess = 1u << 2, kNetwork = 1u << 3,
  kSignal = 1u << 4, kIpc = 1u << 5, kMemory = 1u << 6, kCreds = 1u << 7,
  kClock = 1u << 8, kStat = 1u << 9, kLstat = 1u << 10, kFstat = 1u << 11,
  kStatfs = 1u << 12, kFstatfs = 1u << 13, kPure = 1u << 14,
};

// The kernel's type of an argument: how many bits of the register it reads
// and whether they are signed. strace prints only those bits.
enum class ArgType : uint8_t { Int32, Uint32, Int64, Uint64, Uint16 };

struct ArgInfo {
  const char* name;
  ArgKind kind;
  int8_t param;       // index of the length/count argument (buffers, iovecs, struct arrays), or -1
  const char* table;  // flag/enum/struct table name, or nullptr
  ArgType type;
};

// The bits of a register that the kernel reads as `type`, zero-extended.
constexpr uint64_t KernelBits(ArgType type, uint64_t reg) {
  switch (type) {
    case ArgType::Int32: case ArgType::Uint32: return reg & 0xffffffffu;
    case ArgType::Uint16: return reg & 0xffffu;
    default: return reg;
  }
}
// Those bits as the kernel's number: negative for a signed type's high bit.
constexpr int64_t KernelSigned(ArgType type, uint64_t reg) {
  if (type == ArgType::Int32) return static_cast<int32_t>(static_cast<uint32_t>(reg));
  return static_cast<int64_t>(KernelBits(type, reg));
}
constexpr bool IsSigned(ArgType type) { return type == ArgType::Int32 || type == ArgType::Int64; }

struct SyscallInfo {
  const char* name;   // nullptr for numbers with no syscall
  RetKind ret;
  uint8_t nargs;
  uint32_t classes;
  ArgInfo args[6];
};

struct ErrnoInfo { int number; const char* name; const char* message; };
struct SignalInfo { int number; const char* name; };
struct ClassName { const char* name; uint32_t bit; };

extern const SyscallInfo kSyscalls[];
extern const int kSyscallCount;       // one past the highest number
extern const ErrnoInfo kErrnos[];
extern const int kErrnoCount;
extern const SignalInfo kSignals[];
extern const int kSignalCount;
extern const ClassName kClassNames[];
extern const int kClassNameCount;
// structs.tbl's arrays ("count" sizing): the size of one element of struct
// `name`, or 0 when it is not an array (an array capture that faulted keeps
// its readable whole elements: strace prints them, then "... /* address */").
uint32_t ArrayElementSize(std::string_view name);

// Lookups. All return nullptr / -1 when there is no such entry.
const SyscallInfo* SyscallByNumber(uint64_t nr);
int SyscallNumberByName(std::string_view name);
const ErrnoInfo* ErrnoByNumber(int number);
const char* SignalName(int number);   // "SIGTERM"; real-time: nullptr (see SignalLabel in cli)
int SignalNumberByName(std::string_view name);  // accepts "SIGTERM" and "TERM"

}  // namespace lzp::table
