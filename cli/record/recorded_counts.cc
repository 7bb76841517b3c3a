// cli/record/recorded_counts.cc — see recorded_counts.h.
#include "cli/record/recorded_counts.h"

#include <algorithm>

namespace lzp::cli::record {

RecordedCounts::RecordedCounts() : counters_(new proto::SyscallCounter[proto::kCounterCount]()) {
  for (uint32_t nr = 0; nr < proto::kCounterCount; ++nr) counters_[nr].min_time.store(~0ull, std::memory_order_relaxed);
}

void RecordedCounts::Add(const Event& e) {
  if (e.kind != Event::Kind::kSyscall || e.syscall.nr >= proto::kCounterCount || (e.syscall.flags & proto::kHidden))
    return;
  proto::SyscallCounter& c = counters_[e.syscall.nr];
  c.calls.fetch_add(1, std::memory_order_relaxed);
  if (e.syscall.flags & proto::kNoReturn) return;
  if (e.syscall.ret < 0 && e.syscall.ret >= -4095) c.errors.fetch_add(1, std::memory_order_relaxed);
  uint64_t time = e.syscall.tsc_exit > e.syscall.tsc_enter ? e.syscall.tsc_exit - e.syscall.tsc_enter : 0;
  c.time.fetch_add(time, std::memory_order_relaxed);
  c.min_time.store(std::min(c.min_time.load(std::memory_order_relaxed), time), std::memory_order_relaxed);
  c.max_time.store(std::max(c.max_time.load(std::memory_order_relaxed), time), std::memory_order_relaxed);
}

void RecordedCounts::Load(const CounterEntry* recorded) {
  for (uint32_t nr = 0; nr < proto::kCounterCount; ++nr) {
    counters_[nr].calls.store(recorded[nr].calls, std::memory_order_relaxed);
    counters_[nr].errors.store(recorded[nr].errors, std::memory_order_relaxed);
    counters_[nr].time.store(recorded[nr].time, std::memory_order_relaxed);
    counters_[nr].min_time.store(recorded[nr].min_time, std::memory_order_relaxed);
    counters_[nr].max_time.store(recorded[nr].max_time, std::memory_order_relaxed);
  }
}

}  // namespace lzp::cli::record
