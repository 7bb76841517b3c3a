// tracer/call_counter.cc — see call_counter.h.
//
// strace -c reports system time: what the kernel spent on the call, not how
// long the caller waited. Inside the process the thread's own CPU clock
// (CLOCK_THREAD_CPUTIME_ID, nanoseconds, read with a raw clock_gettime) read
// at entry and at exit measures exactly that: between the two reads the
// thread runs only the kernel's side of the call and a few of our
// instructions; a call that sleeps costs its CPU time, not its wait. The
// reads' own cost, measured once at start-up, is subtracted. With -w the
// entry path's TSC stamps give wall time instead. Minimum and maximum are
// kept with compare-and-swap loops (only under -c).
#include "tracer/call_counter.h"

#include <sys/syscall.h>
#include <time.h>

#include "tracer/process.h"
#include "tracer/raw_syscall.h"
#include "tracer/ring_writer.h"

namespace lzp {
namespace {

uint64_t ThreadCpuNs() {
  struct timespec t = {0, 0};
  Sys(SYS_clock_gettime, CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<uint64_t>(t.tv_sec) * 1000000000ull + static_cast<uint64_t>(t.tv_nsec);
}

void StoreMin(std::atomic<uint64_t>& slot, uint64_t v) {
  uint64_t old = slot.load(std::memory_order_relaxed);
  while (v < old && !slot.compare_exchange_weak(old, v, std::memory_order_relaxed)) {}
}

void StoreMax(std::atomic<uint64_t>& slot, uint64_t v) {
  uint64_t old = slot.load(std::memory_order_relaxed);
  while (v > old && !slot.compare_exchange_weak(old, v, std::memory_order_relaxed)) {}
}

int LevelIndex(uint32_t level) {
  return level < static_cast<uint32_t>(ThreadState::kLevels) ? static_cast<int>(level) : ThreadState::kLevels - 1;
}

}  // namespace

void CalibrateCallTimer() {
  if (!g_process.count_cpu_time) return;
  uint64_t best = ~0ull;
  for (int i = 0; i < 16; ++i) {
    uint64_t a = ThreadCpuNs(), b = ThreadCpuNs();
    if (b >= a && b - a < best) best = b - a;
  }
  g_process.cpu_clock_overhead = best == ~0ull ? 0 : best;
}

void StartCallTimer(ThreadState* ts, uint32_t level) {
  if (g_process.count_cpu_time) ts->cpu_enter[LevelIndex(level)] = ThreadCpuNs();
}

void CountCall(ThreadState* ts, const EntryFrame* f, uint32_t level, int64_t ret) {
  proto::SyscallCounter& c = g_process.counters[f->nr];
  uint64_t time;
  if (g_process.count_cpu_time) {
    uint64_t spent = ThreadCpuNs() - ts->cpu_enter[LevelIndex(level)];
    time = spent > g_process.cpu_clock_overhead ? spent - g_process.cpu_clock_overhead : 0;
  } else {
    time = ReadTsc() - f->aux;
  }
  c.calls.fetch_add(1, std::memory_order_relaxed);
  if (ret < 0 && ret >= -4095) c.errors.fetch_add(1, std::memory_order_relaxed);
  c.time.fetch_add(time, std::memory_order_relaxed);
  StoreMin(c.min_time, time);
  StoreMax(c.max_time, time);
}

}  // namespace lzp
