// cli/perfetto/perfetto_sink.h — --perfetto=FILE: a timeline of the trace.
//
// Written in the Chrome trace-event JSON format, which ui.perfetto.dev and
// chrome://tracing both open (docs/perfetto.md says why not Perfetto's
// protobuf): one track per thread, grouped by process, named from what the
// trace knows (the program each process runs, from the command line and its
// execs); a complete ("X") slice per syscall with its strace line in args;
// signals, stops and task ends as instant ("i") events on the thread; and
// flow arrows ("s" -> "f") from a fork/clone to the child's first event and
// from an execve to the new program's first event. Times are microseconds
// since lzptrace started. Events are written as they come (viewers sort
// them); Finish closes the JSON.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <cstdio>
#include <map>
#include <set>
#include <string>

#include "cli/print/trace_sink.h"
#include "cli/read/clock.h"

namespace lzp::cli::perfetto {

class PerfettoSink : public TraceSink {
 public:
  // `program`: what the first process runs (its name until it execs).
  PerfettoSink(FILE* out, const TscClock* clock, uint64_t start_tsc, pid_t main_pid, const std::string& program);
  void Add(const ShownEvent& event) override;
  void Finish() override;

 private:
  double Micros(uint64_t tsc) const;
  void Emit(const std::string& event);
  void Meet(pid_t pid, pid_t tid, double ts);  // names a process and thread the first time they appear
  void NameProcess(pid_t pid, const std::string& name);
  void Flows(const ShownEvent& e, double ts);

  FILE* out_;
  const TscClock* clock_;
  uint64_t start_tsc_;
  bool first_ = true;
  bool finished_ = false;
  std::map<pid_t, std::string> process_names_;
  std::set<pid_t> named_threads_;
  std::map<pid_t, double> first_seen_;         // tid -> its first event's time
  std::map<pid_t, uint64_t> awaited_flows_;    // tid -> flow id that ends at its next event
  uint64_t next_flow_id_ = 1ull << 32;         // exec flows (clone flows use the child's id)
};

}  // namespace lzp::cli::perfetto
