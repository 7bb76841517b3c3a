// cli/options/filter.h — strace's -e expressions: which syscalls, signals and
// results are shown.
#pragma once

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lzp::cli {

enum StatusBits : uint32_t {
  kStatusSuccessful = 1, kStatusFailed = 2, kStatusUnfinished = 4, kStatusUnavailable = 8, kStatusDetached = 16,
  kStatusAll = 31,
};

// One poke of -e inject=...:poke_enter=@argN=HEX / poke_exit=.
struct InjectPoke {
  int arg = 0;  // N of @argN, 1..7
  bool at_exit = false;
  std::vector<uint8_t> bytes;
};

// One -e inject= or -e fault= rule (applied in the tracees: tracer/inject.h).
struct InjectRule {
  std::bitset<512> syscalls;
  bool has_error = false, has_retval = false, has_signal = false;
  int error = 0;
  int64_t retval = 0;
  int signal = 0;
  uint32_t first = 1, last = 0, step = 1;  // when=; default: every call
  uint32_t delay_enter_us = 0, delay_exit_us = 0;
  int replacement = -1;  // syscall=NAME: the side-effect-free syscall made instead, or -1
  std::vector<InjectPoke> pokes;  // poke_enter= then poke_exit=, each in the order given
};

struct Filters {
  std::bitset<512> trace = std::bitset<512>().set();  // -e trace=: shown syscall numbers
  std::bitset<65> signals = std::bitset<65>().set();  // -e signal=: shown signal numbers
  uint32_t status = kStatusAll;                       // -e status=
  bool vdso = true;                                   // vDSO calls recorded (-e trace=!%vdso: no)
  std::bitset<512> raw;                               // -e raw=: these syscalls' arguments and results in hex
  std::bitset<512> abbrev = std::bitset<512>().set();   // -e abbrev= (-v: none): abbreviated structs
  std::bitset<512> verbose = std::bitset<512>().set();  // -e verbose=: structs decoded at all
  std::bitset<1024> read_fds, write_fds;              // -e read=/write=: fds whose data is dumped in hex
  std::vector<InjectRule> injections;                 // -e inject=, -e fault= (at most 8)
};

// Applies one -e expression ("trace=open,close", "!write", "signal=!SIGCHLD",
// "status=failed", "trace=/^open", "trace=%file"). Returns false with
// strace's message (without the "lzptrace: " prefix) in *error.
// The class bits (table::Class) of "%file", "%%stat", "file"...; 0 if none.
uint32_t SyscallClassBits(std::string_view name);

bool ApplyExpression(std::string_view expression, Filters* filters, std::string* error);

// A syscall set as -e trace= takes it (*vdso: false when "!%vdso" turns the vDSO calls off).
bool ParseSyscallSet(std::string_view value, std::bitset<512>* out, bool* vdso, std::string* error);

}  // namespace lzp::cli
