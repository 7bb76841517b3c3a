// cli/json/json_sink.h — --json: JSON Lines instead of strace's text.
//
// One object per line for each syscall, signal, stop and task end the text
// would show (the same filters; -o and -ff choose the files the same way).
// A syscall is one object even when other tasks' lines fall between its
// entry and exit. Arguments are read back from their strace text
// (strace_value.h); the schema is in docs/json.md.
#pragma once

#include <sys/types.h>

#include <cstdio>
#include <functional>
#include <string>

#include "cli/options/options.h"
#include "cli/print/time_text.h"
#include "cli/print/trace_sink.h"
#include "cli/read/clock.h"

namespace lzp::cli::json {

class JsonSink : public TraceSink {
 public:
  // `out_for(tid)`: where task tid's objects go.
  JsonSink(const Options& options, const TscClock* clock, uint64_t start_tsc, std::function<FILE*(pid_t)> out_for)
      : clock_(clock), time_text_(options, clock, start_tsc), out_for_(std::move(out_for)) {}
  void Add(const ShownEvent& event) override;

 private:
  void AddSyscall(const ShownEvent& event, std::string& out);
  const TscClock* clock_;
  TimeText time_text_;
  std::function<FILE*(pid_t)> out_for_;
  std::string line_;  // reused
};

}  // namespace lzp::cli::json
