// cli/print/time_text.cc — see time_text.h. The numbers are written by the
// direct writers (append_text.h) where they are in the usual range; anything
// else (a wild TSC from a tracee or a recording) goes through fmt, as before.
#include "cli/print/time_text.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "cli/print/append_text.h"

namespace lzp::cli {

namespace {

// ".FFF": a fraction of a second in nanoseconds (0 to 999999999), cut to
// `digits` (0: nothing, 6: fmt's "{:06}" of the microseconds, 9: all).
char* WriteFraction(char* p, long nanos, int digits) {
  if (digits <= 0) return p;
  *p++ = '.';
  long value = nanos;
  for (int i = digits; i < 9; ++i) value /= 10;
  for (int i = digits - 1; i >= 0; --i, value /= 10) p[i] = static_cast<char>('0' + value % 10);
  return p + digits;
}

}  // namespace

char* TimeText::Write(char* p, uint64_t tsc) {
  if (options_.relative) {
    uint64_t since = last_tsc_ ? last_tsc_ : start_tsc_;
    double delta = static_cast<int64_t>(tsc - since) < 0 ? 0 : clock_->Seconds(tsc - since);
    long nanos = std::lround(std::clamp(delta * 1e9, 0.0, 1e17));  // (a wild TSC from a tracee or a recording)
    last_tsc_ = tsc;
    // "{:6}": the seconds right-aligned in 6, then the precision's digits.
    char seconds[24];
    const size_t length = static_cast<size_t>(WriteUnsigned(seconds, static_cast<uint64_t>(nanos / 1000000000)) - seconds);
    for (size_t width = length; width < 6; ++width) *p++ = ' ';
    p = WriteText(p, {seconds, length});
    return WriteFraction(p, nanos % 1000000000, options_.relative_digits);
  }
  if (options_.timestamps == 0) return p;
  double t = clock_->Realtime(tsc);
  time_t seconds = static_cast<time_t>(t);
  long nanos = std::clamp(std::lround((t - static_cast<double>(seconds)) * 1e9), 0L, 999999999L);
  // -t: whole seconds; -tt, -ttt: microseconds; --timestamps=...,PRECISION: its digits
  const int digits = options_.absolute_digits >= 0 ? options_.absolute_digits : options_.timestamps == 1 ? 0 : 6;
  if (options_.timestamps >= 3) return WriteFraction(WriteSigned(p, seconds), nanos, digits);
  if (hms_length_ == 0 || seconds != hms_seconds_) {
    struct tm local;
    localtime_r(&seconds, &local);
    hms_length_ = std::strftime(hms_, sizeof(hms_), "%H:%M:%S", &local);
    hms_seconds_ = seconds;
    if (hms_length_ == 0) return p;  // (cannot happen: 8 bytes)
  }
  return WriteFraction(WriteText(p, {hms_, hms_length_}), nanos, digits);
}

}  // namespace lzp::cli
