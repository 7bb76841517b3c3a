// cli/decode/time.cc — timespec, timeval and the itimer structs (<linux/time.h>).
// Timestamps given to the file-time syscalls (utimensat, utimes, utime)
// carry strace's local-time comment, and UTIME_NOW/UTIME_OMIT are named.
// Seconds are signed and the fraction (tv_nsec, tv_usec) unsigned, as strace
// prints them: a negative fraction shows as its 64-bit unsigned value.
#include <time.h>

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/append_text.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {

char* WriteSecondsAndFraction(char* p, std::string_view b, std::string_view fraction_field) {
  p = WriteText(p, "{tv_sec=");
  p = WriteSigned(p, Field<int64_t>(b, 0));
  p = WriteText(p, ", ");
  p = WriteText(p, fraction_field);
  p = WriteUnsigned(p, Field<uint64_t>(b, 8));
  *p++ = '}';
  return p;
}

namespace {

// "{tv_sec=S, <fraction_field>=F}" without a format string: clock_gettime
// and the other vDSO calls print one per event (cli/print/append_text.h).
std::string SecondsAndFraction(std::string_view b, std::string_view fraction_field) {
  char text[kSecondsAndFractionMax];
  return std::string(text, static_cast<size_t>(WriteSecondsAndFraction(text, b, fraction_field) - text));
}

}  // namespace

std::string FormatTimespec(std::string_view b) { return SecondsAndFraction(b, "tv_nsec="); }

std::string FormatTimeval(std::string_view b) { return SecondsAndFraction(b, "tv_usec="); }

std::string DateComment(int64_t seconds, int64_t fraction, int fraction_digits) {
  time_t t = static_cast<time_t>(seconds);
  struct tm tm;
  char date[64], zone[16];
  if (localtime_r(&t, &tm) == nullptr) return "";  // a year past int's range: strace prints no comment
  strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S", &tm);
  strftime(zone, sizeof zone, "%z", &tm);
  std::string out = std::string(" /* ") + date;
  if (fraction) out += fmt::format(".{:0{}}", fraction, fraction_digits);
  return out + zone + " */";
}

std::string FormatTimespecWithDate(int64_t sec, int64_t nsec) {
  bool dated = nsec >= 0 && nsec < 1000000000 && (sec != 0 || nsec != 0);  // strace's rule
  return fmt::format("{{tv_sec={}, tv_nsec={}}}", sec, static_cast<uint64_t>(nsec)) + (dated ? DateComment(sec, nsec, 9) : "");
}

namespace {

// One element of utimensat's times[2].
std::string FileTimespec(std::string_view b) {
  constexpr int64_t kUtimeNow = (1 << 30) - 1, kUtimeOmit = (1 << 30) - 2;  // <linux/stat.h>
  int64_t nsec = Field<int64_t>(b, 8);
  std::string timespec = FormatTimespecWithDate(Field<int64_t>(b, 0), nsec);
  // -X raw: the struct as it is; verbose: the struct, the name in a comment.
  if (nsec == kUtimeNow) return StyledConstant(timespec, "UTIME_NOW");
  if (nsec == kUtimeOmit) return StyledConstant(timespec, "UTIME_OMIT");
  return timespec;
}

// One element of utimes' times[2].
std::string FileTimeval(std::string_view b) {
  int64_t sec = Field<int64_t>(b, 0), usec = Field<int64_t>(b, 8);
  bool dated = usec >= 0 && usec < 1000000 && (sec != 0 || usec != 0);
  return FormatTimeval(b) + (dated ? DateComment(sec, usec, 6) : "");
}

std::optional<std::string> Timespec(std::string_view b, const FormatOptions&) {
  if (b.size() < 16) return std::nullopt;
  return FormatTimespec(b);
}

std::optional<std::string> Timespec2(std::string_view b, const FormatOptions&) {
  if (b.size() < 32) return std::nullopt;
  return "[" + FileTimespec(b) + ", " + FileTimespec(b.substr(16)) + "]";
}

std::optional<std::string> TimevalOne(std::string_view b, const FormatOptions&) {
  if (b.size() < 16) return std::nullopt;
  return FormatTimeval(b);
}

std::optional<std::string> Timeval2(std::string_view b, const FormatOptions&) {
  if (b.size() < 32) return std::nullopt;
  return "[" + FileTimeval(b) + ", " + FileTimeval(b.substr(16)) + "]";
}

std::optional<std::string> Itimerspec(std::string_view b, const FormatOptions&) {
  if (b.size() < 32) return std::nullopt;
  return "{it_interval=" + FormatTimespec(b) + ", it_value=" + FormatTimespec(b.substr(16)) + "}";
}

std::optional<std::string> Itimerval(std::string_view b, const FormatOptions&) {
  if (b.size() < 32) return std::nullopt;
  return "{it_interval=" + FormatTimeval(b) + ", it_value=" + FormatTimeval(b.substr(16)) + "}";
}

std::optional<std::string> Timezone(std::string_view b, const FormatOptions&) {
  if (b.size() < 8) return std::nullopt;
  return fmt::format("{{tz_minuteswest={}, tz_dsttime={}}}", Field<int32_t>(b, 0), Field<int32_t>(b, 4));
}

// utime's struct utimbuf (<linux/utime.h>): two time_t, each with its date.
std::optional<std::string> Utimbuf(std::string_view b, const FormatOptions&) {
  if (b.size() < 16) return std::nullopt;
  int64_t actime = Field<int64_t>(b, 0), modtime = Field<int64_t>(b, 8);
  auto dated = [](int64_t t) { return t ? DateComment(t, 0, 0) : ""; };
  return fmt::format("{{actime={}{}, modtime={}{}}}", actime, dated(actime), modtime, dated(modtime));
}

// time()'s result, with its date as strace prints it: "[1795409126 /* 2026-11-23T04:45:26+0000 */]".
std::optional<std::string> TimeT(std::string_view b, const FormatOptions&) {
  if (b.size() < 8) return std::nullopt;
  int64_t t = Field<int64_t>(b, 0);
  return fmt::format("[{}{}]", t, DateComment(t, 0, 0));
}

// <asm-generic/siginfo.h> struct sigevent: sigval, signo, notify, then a
// thread id (SIGEV_THREAD_ID) or function and attributes (SIGEV_THREAD).
std::optional<std::string> Sigevent(std::string_view b, const FormatOptions&) {
  if (b.size() < 32) return std::nullopt;
  constexpr int32_t kSigevThread = 2, kSigevThreadId = 4;
  uint64_t value = Field<uint64_t>(b, 0);
  int32_t signo = Field<int32_t>(b, 8), notify = Field<int32_t>(b, 12);
  std::string out = "{";
  if (value != 0) out += fmt::format("sigev_value={{sival_int={}, sival_ptr={:#x}}}, ", static_cast<int32_t>(value), value);
  // A signal by name for the kinds strace knows to take one (SIGEV_SIGNAL,
  // SIGEV_THREAD, SIGEV_THREAD_ID); the number for SIGEV_NONE and unknown kinds.
  bool signals = notify == 0 || notify == kSigevThread || notify == kSigevThreadId;
  out += "sigev_signo=" + (signals ? SignalConstant(signo) : std::to_string(static_cast<uint32_t>(signo))) + ", sigev_notify=" + FormatFlags("sigev_notify", static_cast<uint32_t>(notify));
  if (notify == kSigevThreadId) out += fmt::format(", sigev_notify_thread_id={}", Field<int32_t>(b, 16));
  if (notify == kSigevThread)
    out += ", sigev_notify_function=" + Pointer(Field<uint64_t>(b, 16)) +
           ", sigev_notify_attributes=" + Pointer(Field<uint64_t>(b, 24));
  return out + "}";
}

}  // namespace

const StructDecoder kTimeDecoders[] = {
    {"timespec", Timespec}, {"timespec2", Timespec2}, {"timeval", TimevalOne}, {"timeval2", Timeval2},
    {"itimerspec", Itimerspec}, {"itimerval", Itimerval}, {"timezone", Timezone}, {"time_t", TimeT}, {"utimbuf", Utimbuf},
    {"sigevent", Sigevent},
    {nullptr, nullptr}};

}  // namespace lzp::cli
