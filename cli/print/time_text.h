// cli/print/time_text.h — the time strace's -t, -tt, -ttt and -r put before
// a line: "10:00:00", "10:00:00.000001", "1700000000.000001", or "     0.000123"
// (-r: since the previous line, so each call moves it on), with the digits
// --timestamps=FORMAT,PRECISION and --relative-timestamps=PRECISION ask for
// (s: none, ms: 3, us: 6, ns: 9). Shared by the text output and --json's "time".
#pragma once

#include <cstdint>
#include <string>

#include "cli/options/options.h"
#include "cli/read/clock.h"

namespace lzp::cli {

class TimeText {
 public:
  TimeText(const Options& options, const TscClock* clock, uint64_t start_tsc)
      : options_(options), clock_(clock), start_tsc_(start_tsc) {}
  bool Wanted() const { return options_.relative || options_.timestamps > 0; }
  // The time of the line at `tsc`, without a trailing space; "" when no option asks.
  std::string Next(uint64_t tsc);
  // --replay: the trace's start, as recorded.
  void StartAt(uint64_t tsc) { start_tsc_ = tsc; }

 private:
  const Options& options_;
  const TscClock* clock_;
  uint64_t start_tsc_;
  uint64_t last_tsc_ = 0;  // -r
};

}  // namespace lzp::cli
