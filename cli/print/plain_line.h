// cli/print/plain_line.h — the common syscall line written straight into the
// output block, in one pass, without temporary strings (issue 12).
//
// Most calls of a trace print every argument from its register alone
// (numbers, fds, pointers, hex), an enum by name (clock ids) or a struct
// whose text is a fixed shape (timespec, timeval), and a plain result
// ("= 3", "= 0x7f...", "= -1 ENOENT (No such file or directory)"). Whether a
// syscall number can be printed this way under the run's options is
// decided once per number (a plan: its name, measured once, and its
// argument kinds); each record then either is written in that plain shape
// or, for anything else it carries (a value with no name, an injected
// result, a call that did not return, a handler's note), refused before
// anything is kept, and the printer's general path prints it. The text is
// exactly what the general path (syscall_format.cc) prints for the same
// record, which the golden, replay and interleave tests check line by line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cli/decode/structs.h"
#include "cli/print/captures.h"
#include "syscalltable/tables.h"
#include "tracer/protocol.h"

namespace lzp::cli {

class PlainLines {
 public:
  // `format`: the run's options (never changed after the printer starts).
  explicit PlainLines(const FormatOptions& format) : format_(format) {}

  // Room a plain line's call and result may take, besides the name and the padding.
  static constexpr size_t kCallAndResultMax = 6 * (kSecondsAndFractionMax + 2) + 512;

  // "name(arg, ...) <padded to `column` from line_start> = result" at p,
  // with room for Bound(rec.nr) + column bytes; nullptr when the record is
  // not of the plain shape (nothing written at p is then meant).
  char* Write(char* p, const char* line_start, size_t column, const proto::SyscallRecord& rec, const Captures& captures);
  size_t Bound(uint64_t nr) { return Plan(nr).name.size() + kCallAndResultMax; }

  // The same line in the parts the -f interleaver holds: "name(arg, ...)"
  // at p, with *split where the arguments strace shows at the call's exit
  // begin (the first output argument's text, else the ')'); then the result
  // written at another p by WriteResult, for a record WriteCall took.
  char* WriteCall(char* p, const proto::SyscallRecord& rec, const Captures& captures, size_t* split);
  char* WriteResult(char* p, const proto::SyscallRecord& rec) { return WriteResult(p, Plan(rec.nr), rec); }
  std::string_view Name(uint64_t nr) { return Plan(nr).name; }

 private:
  // How one argument is written (from the syscall table's kind).
  enum class Arg : uint8_t { kInt32, kDirFd, kUid, kSigned, kUnsigned, kHex, kPointer, kEnum, kTimespec, kTimeval };
  struct SyscallPlan {
    bool known = false;  // planned
    bool plain = false;  // printable this way under the run's options
    std::string_view name;
    const table::SyscallInfo* info = nullptr;
    Arg args[6] = {};
    // kEnum: the last value seen and its name (a loop passes the same one).
    struct LastName { uint64_t value = 0; std::string_view name; };
    LastName last_name[6];
    table::RetKind ret = table::RetKind::Long;
    int at_entry = 0;  // arguments shown at the call's entry (the rest after "<... resumed>")
  };
  SyscallPlan& Plan(uint64_t nr) { return nr < plans_.size() && plans_[nr].known ? plans_[nr] : PlanFirst(nr); }
  SyscallPlan& PlanFirst(uint64_t nr);  // a number's first line: makes its plan
  SyscallPlan MakePlan(uint64_t nr) const;
  char* WriteArgument(char* p, SyscallPlan& plan, const proto::SyscallRecord& rec, const Captures& captures, int i) const;
  static char* WriteResult(char* p, const SyscallPlan& plan, const proto::SyscallRecord& rec);

  FormatOptions format_;
  std::vector<SyscallPlan> plans_ = std::vector<SyscallPlan>(512);
};

}  // namespace lzp::cli
