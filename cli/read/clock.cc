// cli/read/clock.cc — see clock.h.
#include "cli/read/clock.h"

#include <errno.h>
#include <time.h>

namespace lzp::cli {
namespace {

double Now(clockid_t clock) {
  struct timespec ts;
  clock_gettime(clock, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

}  // namespace

uint64_t ReadTsc() { return __builtin_ia32_rdtsc(); }

void TscClock::Start(int spin_ms) {
  tsc0_ = ReadTsc();
  monotonic0_ = Now(CLOCK_MONOTONIC);
  realtime0_ = Now(CLOCK_REALTIME);
  // Asleep, not spinning: the rate comes from the two readings alone, and a
  // 20 ms spin (--record, -t, -T) was CPU time that -c (5 ms) did not pay.
  struct timespec left = {spin_ms / 1000, (spin_ms % 1000) * 1000000L};
  while (spin_ms > 0 && clock_nanosleep(CLOCK_MONOTONIC, 0, &left, &left) == EINTR) {
  }
  while (Now(CLOCK_MONOTONIC) - monotonic0_ < spin_ms / 1000.0) {  // (woken early: the rest)
  }
  Refine();
}

void TscClock::Refine() {
  uint64_t tsc = ReadTsc();
  double elapsed = Now(CLOCK_MONOTONIC) - monotonic0_;
  if (elapsed > 0 && tsc > tsc0_) ticks_per_second_ = (tsc - tsc0_) / elapsed;
}

double TscClock::Realtime(uint64_t tsc) const {
  double delta = static_cast<double>(static_cast<int64_t>(tsc - tsc0_));
  return realtime0_ + (ticks_per_second_ > 0 ? delta / ticks_per_second_ : 0);
}

}  // namespace lzp::cli
