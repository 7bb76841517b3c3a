// cli/print/time_text.cc — see time_text.h.
#include "cli/print/time_text.h"

#include <algorithm>
#include <cmath>
#include <ctime>

#include <fmt/format.h>

namespace lzp::cli {

namespace {
// ".FFF" of a fraction of a second in nanoseconds, cut to `digits` (none: "").
std::string Fraction(long nanos, int digits) {
  if (digits <= 0) return "";
  long scale = 1;
  for (int i = digits; i < 9; ++i) scale *= 10;
  return fmt::format(".{:0{}}", nanos / scale, digits);
}
}  // namespace

std::string TimeText::Next(uint64_t tsc) {
  if (options_.relative) {
    uint64_t since = last_tsc_ ? last_tsc_ : start_tsc_;
    double delta = static_cast<int64_t>(tsc - since) < 0 ? 0 : clock_->Seconds(tsc - since);
    long nanos = std::lround(std::clamp(delta * 1e9, 0.0, 1e17));  // (a wild TSC from a tracee or a recording)
    last_tsc_ = tsc;
    return fmt::format("{:6}", nanos / 1000000000) + Fraction(nanos % 1000000000, options_.relative_digits);
  }
  if (options_.timestamps == 0) return "";
  double t = clock_->Realtime(tsc);
  time_t seconds = static_cast<time_t>(t);
  long nanos = std::clamp(std::lround((t - seconds) * 1e9), 0L, 999999999L);
  // -t: whole seconds; -tt, -ttt: microseconds; --timestamps=...,PRECISION: its digits
  int digits = options_.absolute_digits >= 0 ? options_.absolute_digits : options_.timestamps == 1 ? 0 : 6;
  if (options_.timestamps >= 3) return fmt::format("{}", seconds) + Fraction(nanos, digits);
  struct tm local;
  localtime_r(&seconds, &local);
  char hms[16];
  std::strftime(hms, sizeof(hms), "%H:%M:%S", &local);
  return hms + Fraction(nanos, digits);
}

}  // namespace lzp::cli
