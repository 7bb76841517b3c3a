// cli/print/trace_sink.h — where shown events go besides (or instead of) strace's text.
//
// The printer decides what is shown (-e trace=/status=/signal=, -P, -c) and
// formats it; each event it shows it hands, whole, to every sink: a syscall
// once, with its entry and exit (never as "<unfinished ...>" and "<...
// resumed>" halves), its arguments as strace prints them, its result and
// its line. The text output is the printer's own; --json (cli/json/) and
// --perfetto (cli/perfetto/) are sinks.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lzp::cli {

struct ShownEvent {
  enum class Kind { kSyscall, kSignal, kStopped, kExited, kKilled, kSuperseded };
  Kind kind = Kind::kSyscall;
  pid_t tid = 0, pid = 0;
  uint64_t tsc = 0;       // TSC: when it happened (a syscall's entry)
  uint64_t tsc_exit = 0;  // a syscall's exit (== tsc when it did not return)
  // kSyscall
  uint64_t nr = 0;
  std::string_view name;
  const std::vector<std::string>* args = nullptr;  // as strace prints them
  std::string_view result;  // after "= ": "3", "-1 ENOENT (No such file or directory)"; "?" when it did not return
  bool returned = false;    // it came back (result has a value)
  bool failed = false;      // it returned an error (-4095..-1)
  int64_t ret = 0;          // the value it returned
  // kSignal, kStopped: the signal; kExited: the exit code; kKilled: the
  // signal; kSuperseded: the pid whose execve ended the task
  int number = 0;
  bool core_dumped = false;  // kKilled
  std::string_view text;     // strace's line, without the pid and time prefix
  std::string_view note;     // kSyscall: the note a --handler attached, empty for none
};

class TraceSink {
 public:
  virtual ~TraceSink() = default;
  virtual void Add(const ShownEvent& event) = 0;
  // The trace is over (write what is held, close what is open).
  virtual void Finish() {}
};

}  // namespace lzp::cli
