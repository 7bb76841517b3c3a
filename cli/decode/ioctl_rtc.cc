// cli/decode/ioctl_rtc.cc — the real-time clock's struct ioctls
// (<linux/rtc.h>) as strace 6.1 prints them:
//   RTC_SET_TIME, RTC_ALM_SET (read), RTC_RD_TIME, RTC_ALM_READ (written):
//     struct rtc_time, nine ints: {tm_sec=5, tm_min=4, tm_hour=3, tm_mday=2,
//     tm_mon=1, tm_year=120, ...}, the last three (wday, yday, isdst) only
//     under -v;
//   RTC_WKALM_SET/RTC_WKALM_RD: struct rtc_wkalrm, u8 enabled and pending,
//     then the rtc_time at offset 4: {enabled=1, pending=0, time={...}};
//   RTC_PARAM_GET: struct rtc_param (u64 param, the u64 value, u32 index)
//     as the caller asked, "{param=RTC_PARAM_FEATURES, index=0}", then
//     " => " and the address when the call failed (strace's way for this
//     request), the answer's value when it succeeded.
// The transfers (tracer/ioctl_transfers.h) copy the struct at the phases
// that direction says; ioctl_structs.cc picks them.
#include <fmt/format.h>

#include "cli/decode/ioctl_structs.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"

namespace lzp::cli {
namespace {

std::string RtcTime(std::string_view b, bool verbose) {
  std::string out = fmt::format("{{tm_sec={}, tm_min={}, tm_hour={}, tm_mday={}, tm_mon={}, tm_year={}",
                                Field<int32_t>(b, 0), Field<int32_t>(b, 4), Field<int32_t>(b, 8), Field<int32_t>(b, 12),
                                Field<int32_t>(b, 16), Field<int32_t>(b, 20));
  if (!verbose) return out + ", ...}";
  return out + fmt::format(", tm_wday={}, tm_yday={}, tm_isdst={}}}", Field<int32_t>(b, 24), Field<int32_t>(b, 28),
                           Field<int32_t>(b, 32));
}

}  // namespace

std::string FormatRtcStruct(const IoctlPhase& p) {
  std::string_view b = p.header.data;
  bool verbose = p.c.options.verbose;
  switch (p.t.shape) {
    case proto::IoctlShape::kRtcWkalrm:
      return fmt::format("{{enabled={}, pending={}, time={}}}", Field<uint8_t>(b, 0), Field<uint8_t>(b, 1),
                         RtcTime(b.substr(4), verbose));
    case proto::IoctlShape::kRtcParam: {
      if (p.at_exit) return fmt::format("{{uvalue={}}}", Field<uint64_t>(b, 8));
      std::string out = fmt::format("{{param={}, index={}}}", FormatFlags("rtc_param", Field<uint64_t>(b, 0)),
                                    Field<uint32_t>(b, 16));
      return p.c.failed() ? out + " => " + Pointer(p.address()) : out;
    }
    default: return RtcTime(b, verbose);
  }
}

}  // namespace lzp::cli
