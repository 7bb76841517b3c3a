// cli/record/recorded_counts.h — the -c table's counters on replay: the ones
// the tracees kept, if the recording was made with -c/-C, else counted from
// the recorded calls (each call's wall time, from its entry and exit TSC).
#pragma once

#include <memory>

#include "cli/read/event_reader.h"
#include "cli/record/record_format.h"
#include "tracer/protocol.h"

namespace lzp::cli::record {

class RecordedCounts {
 public:
  RecordedCounts();
  void Add(const Event& e);                 // a replayed event (only syscalls count)
  void Load(const CounterEntry* recorded);  // the tracees' own counters replace the counts
  const proto::SyscallCounter* counters() const { return counters_.get(); }

 private:
  std::unique_ptr<proto::SyscallCounter[]> counters_;
};

}  // namespace lzp::cli::record
