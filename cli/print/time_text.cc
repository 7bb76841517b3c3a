// cli/print/time_text.cc — see time_text.h.
#include "cli/print/time_text.h"

#include <algorithm>
#include <cmath>
#include <ctime>

#include <fmt/format.h>

namespace lzp::cli {

std::string TimeText::Next(uint64_t tsc) {
  if (options_.relative) {
    uint64_t since = last_tsc_ ? last_tsc_ : start_tsc_;
    double delta = static_cast<int64_t>(tsc - since) < 0 ? 0 : clock_->Seconds(tsc - since);
    long micros = std::lround(std::clamp(delta * 1e6, -1e15, 1e15));  // (a wild TSC from a tracee or a recording)
    last_tsc_ = tsc;
    return fmt::format("{:6}.{:06}", micros / 1000000, micros % 1000000);
  }
  if (options_.timestamps == 0) return "";
  double t = clock_->Realtime(tsc);
  time_t seconds = static_cast<time_t>(t);
  long micros = static_cast<long>((t - seconds) * 1e6);
  if (options_.timestamps >= 3) return fmt::format("{}.{:06}", seconds, micros);
  struct tm local;
  localtime_r(&seconds, &local);
  char hms[16];
  std::strftime(hms, sizeof(hms), "%H:%M:%S", &local);
  return options_.timestamps == 2 ? fmt::format("{}.{:06}", hms, micros) : std::string(hms);
}

}  // namespace lzp::cli
