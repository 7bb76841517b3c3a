// cli/print/time_text.h — the time strace's -t, -tt, -ttt and -r put before
// a line: "10:00:00", "10:00:00.000001", "1700000000.000001", or "     0.000123"
// (-r: since the previous line, so each call moves it on), with the digits
// --timestamps=FORMAT,PRECISION and --relative-timestamps=PRECISION ask for
// (s: none, ms: 3, us: 6, ns: 9). Shared by the text output and --json's
// "time". Written at a raw pointer (plain lines, cli/print/plain_line.h); the
// local "HH:MM:SS" is made once per second of the trace, not per line.
#pragma once

#include <ctime>
#include <cstdint>
#include <string>

#include "cli/options/options.h"
#include "cli/read/clock.h"

namespace lzp::cli {

class TimeText {
 public:
  // The most Write writes.
  static constexpr size_t kMax = 64;

  TimeText(const Options& options, const TscClock* clock, uint64_t start_tsc)
      : options_(options), clock_(clock), start_tsc_(start_tsc) {}
  bool Wanted() const { return options_.relative || options_.timestamps > 0; }
  // The time of the line at `tsc`, without a trailing space; "" when no option asks.
  std::string Next(uint64_t tsc) {
    char text[kMax];
    return std::string(text, static_cast<size_t>(Write(text, tsc) - text));
  }
  // The same at p (kMax bytes at most); returns the end.
  char* Write(char* p, uint64_t tsc);
  // --replay: the trace's start, as recorded.
  void StartAt(uint64_t tsc) { start_tsc_ = tsc; }
  // -r moves on at each line: what a line that was written and then dropped
  // must give back (Mark before it, Restore after).
  uint64_t Mark() const { return last_tsc_; }
  void Restore(uint64_t mark) { last_tsc_ = mark; }

 private:
  const Options& options_;
  const TscClock* clock_;
  uint64_t start_tsc_;
  uint64_t last_tsc_ = 0;  // -r
  // -t, -tt: the last second's local "HH:MM:SS" (8 bytes; `hms_seconds_`
  // is valid once hms_length_ is not 0).
  time_t hms_seconds_ = 0;
  size_t hms_length_ = 0;
  char hms_[16];
};

}  // namespace lzp::cli
