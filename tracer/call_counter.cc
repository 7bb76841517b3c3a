// tracer/call_counter.cc — see call_counter.h.
//
// strace -c reports system time: what the kernel spent on a call, not how
// long the caller waited. Reading the thread's CPU clock around every call
// would measure that exactly, but CLOCK_THREAD_CPUTIME_ID is a syscall
// that locks the run queue: two of them cost ~8x a getppid. Instead:
//   - a call that returned within 20 us did not sleep (a sleep and wake-up
//     costs more than that): its wall time, two TSC reads, is its CPU time;
//   - a longer call may have slept. At its exit the thread's CPU clock is
//     read (one syscall, against a call of 20 us or more), and the clock at
//     its entry is the previous reading plus the TSC time since then (the
//     thread was running all along: everything in between was user code or
//     short calls). The difference is the call's CPU time.
// A thread preempted in between makes the estimate low, never negative.
// With -w every call counts its wall time. Minimum and maximum are kept
// with compare-and-swap loops. Everything is in TSC ticks; the CLI, which
// measured the TSC's rate (passed here as tsc_khz), turns them into seconds.
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

uint64_t TicksToNs(uint64_t ticks) { return ticks * 1000000 / g_process.tsc_khz; }
uint64_t NsToTicks(uint64_t ns) { return ns * g_process.tsc_khz / 1000000; }

void StoreMin(std::atomic<uint64_t>& slot, uint64_t v) {
  uint64_t old = slot.load(std::memory_order_relaxed);
  while (v < old && !slot.compare_exchange_weak(old, v, std::memory_order_relaxed)) {}
}

void StoreMax(std::atomic<uint64_t>& slot, uint64_t v) {
  uint64_t old = slot.load(std::memory_order_relaxed);
  while (v > old && !slot.compare_exchange_weak(old, v, std::memory_order_relaxed)) {}
}

}  // namespace

void StartCallTimer(ThreadState* ts) {
  if (g_process.count_cpu_time && ts->cpu_clock_tsc == 0) {  // the thread's first counted call: a starting point
    ts->cpu_clock_ns = ThreadCpuNs();
    ts->cpu_clock_tsc = ReadTsc();
  }
}

void CountCall(ThreadState* ts, const EntryFrame* f, int64_t ret) {
  proto::SyscallCounter& c = g_process.counters[f->nr];
  uint64_t now = ReadTsc(), entry = f->aux, time = now - entry;
  if (g_process.count_cpu_time && time > g_process.long_call_ticks && ts->cpu_clock_tsc != 0 &&
      entry > ts->cpu_clock_tsc) {
    uint64_t cpu_now = ThreadCpuNs();
    uint64_t cpu_at_entry = ts->cpu_clock_ns + TicksToNs(entry - ts->cpu_clock_tsc);
    uint64_t spent = cpu_now > cpu_at_entry ? NsToTicks(cpu_now - cpu_at_entry) : 0;
    if (spent < time) time = spent;
    ts->cpu_clock_ns = cpu_now;
    ts->cpu_clock_tsc = ReadTsc();
  }
  time = time > g_process.overhead_ticks ? time - g_process.overhead_ticks : 0;  // -O
  c.calls.fetch_add(1, std::memory_order_relaxed);
  if (ret < 0 && ret >= -4095) c.errors.fetch_add(1, std::memory_order_relaxed);
  c.time.fetch_add(time, std::memory_order_relaxed);
  StoreMin(c.min_time, time);
  StoreMax(c.max_time, time);
}

}  // namespace lzp
