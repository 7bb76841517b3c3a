// cli/read/clock.h — turns the tracees' TSC timestamps into wall-clock time.
//
// The interposer stamps syscalls with rdtsc (a few ns, no syscall). The CLI
// pairs a TSC reading with CLOCK_REALTIME when it starts, measures the TSC
// rate over a short sleep, and keeps refining the rate as the trace runs
// (the TSC is invariant on the CPUs lzptrace supports: constant_tsc).
#pragma once

#include <cstdint>

namespace lzp::cli {

// Everything the clock knows: what --record stores and --replay restores.
struct ClockState {
  uint64_t tsc0;
  double realtime0, monotonic0;
  double ticks_per_second;
};

class TscClock {
 public:
  // Takes the start pair and calibrates for about `spin_ms` (asleep).
  void Start(int spin_ms);
  // Re-measures the rate against the start pair (cheap; call now and then).
  void Refine();
  double Realtime(uint64_t tsc) const;  // seconds since the epoch
  double Seconds(uint64_t ticks) const { return ticks_per_second_ > 0 ? ticks / ticks_per_second_ : 0; }
  double ticks_per_second() const { return ticks_per_second_; }
  ClockState State() const { return {tsc0_, realtime0_, monotonic0_, ticks_per_second_}; }
  void Restore(const ClockState& s) {
    tsc0_ = s.tsc0;
    realtime0_ = s.realtime0;
    monotonic0_ = s.monotonic0;
    ticks_per_second_ = s.ticks_per_second;
  }

 private:
  uint64_t tsc0_ = 0;
  double realtime0_ = 0, monotonic0_ = 0;
  double ticks_per_second_ = 0;
};

uint64_t ReadTsc();

}  // namespace lzp::cli
