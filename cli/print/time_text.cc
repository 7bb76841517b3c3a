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

// fmt's "{:06}" of a fraction in microseconds.
char* WriteMicros(char* p, long micros) {
  if (micros < 0 || micros >= 1000000) return fmt::format_to(p, "{:06}", micros);
  for (int i = 5; i >= 0; --i, micros /= 10) p[i] = static_cast<char>('0' + micros % 10);
  return p + 6;
}

}  // namespace

char* TimeText::Write(char* p, uint64_t tsc) {
  if (options_.relative) {
    uint64_t since = last_tsc_ ? last_tsc_ : start_tsc_;
    double delta = static_cast<int64_t>(tsc - since) < 0 ? 0 : clock_->Seconds(tsc - since);
    long micros = std::lround(std::clamp(delta * 1e6, -1e15, 1e15));  // (a wild TSC from a tracee or a recording)
    last_tsc_ = tsc;
    if (micros < 0) return fmt::format_to(p, "{:6}.{:06}", micros / 1000000, micros % 1000000);
    // "{:6}.{:06}": the seconds right-aligned in 6.
    char seconds[24];
    const size_t length = static_cast<size_t>(WriteUnsigned(seconds, static_cast<uint64_t>(micros / 1000000)) - seconds);
    for (size_t width = length; width < 6; ++width) *p++ = ' ';
    p = WriteText(p, {seconds, length});
    *p++ = '.';
    return WriteMicros(p, micros % 1000000);
  }
  if (options_.timestamps == 0) return p;
  double t = clock_->Realtime(tsc);
  time_t seconds = static_cast<time_t>(t);
  long micros = static_cast<long>((t - seconds) * 1e6);
  if (options_.timestamps >= 3) {
    p = WriteSigned(p, seconds);
    *p++ = '.';
    return WriteMicros(p, micros);
  }
  if (hms_length_ == 0 || seconds != hms_seconds_) {
    struct tm local;
    localtime_r(&seconds, &local);
    hms_length_ = std::strftime(hms_, sizeof(hms_), "%H:%M:%S", &local);
    hms_seconds_ = seconds;
    if (hms_length_ == 0) return p;  // (cannot happen: 8 bytes)
  }
  p = WriteText(p, {hms_, hms_length_});
  if (options_.timestamps != 2) return p;
  *p++ = '.';
  return WriteMicros(p, micros);
}

}  // namespace lzp::cli
