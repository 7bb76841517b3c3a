// cli/decode/time.cc — timespec, timeval and the itimer structs (<linux/time.h>).
#include <fmt/format.h>

#include "cli/decode/structs.h"

namespace lzp::cli {

std::string FormatTimespec(std::string_view b) {
  return fmt::format("{{tv_sec={}, tv_nsec={}}}", Field<int64_t>(b, 0), Field<int64_t>(b, 8));
}

namespace {

std::string Timeval(std::string_view b) {
  return fmt::format("{{tv_sec={}, tv_usec={}}}", Field<int64_t>(b, 0), Field<int64_t>(b, 8));
}

std::optional<std::string> Timespec(std::string_view b, const FormatOptions&) {
  if (b.size() < 16) return std::nullopt;
  return FormatTimespec(b);
}

std::optional<std::string> Timespec2(std::string_view b, const FormatOptions&) {
  if (b.size() < 32) return std::nullopt;
  return "[" + FormatTimespec(b) + ", " + FormatTimespec(b.substr(16)) + "]";
}

std::optional<std::string> TimevalOne(std::string_view b, const FormatOptions&) {
  if (b.size() < 16) return std::nullopt;
  return Timeval(b);
}

std::optional<std::string> Timeval2(std::string_view b, const FormatOptions&) {
  if (b.size() < 32) return std::nullopt;
  return "[" + Timeval(b) + ", " + Timeval(b.substr(16)) + "]";
}

std::optional<std::string> Itimerspec(std::string_view b, const FormatOptions&) {
  if (b.size() < 32) return std::nullopt;
  return "{it_interval=" + FormatTimespec(b) + ", it_value=" + FormatTimespec(b.substr(16)) + "}";
}

std::optional<std::string> Itimerval(std::string_view b, const FormatOptions&) {
  if (b.size() < 32) return std::nullopt;
  return "{it_interval=" + Timeval(b) + ", it_value=" + Timeval(b.substr(16)) + "}";
}

std::optional<std::string> Timezone(std::string_view b, const FormatOptions&) {
  if (b.size() < 8) return std::nullopt;
  return fmt::format("{{tz_minuteswest={}, tz_dsttime={}}}", Field<int32_t>(b, 0), Field<int32_t>(b, 4));
}

std::optional<std::string> TimeT(std::string_view b, const FormatOptions&) {
  if (b.size() < 8) return std::nullopt;
  return fmt::format("[{}]", Field<int64_t>(b, 0));
}

}  // namespace

const StructDecoder kTimeDecoders[] = {
    {"timespec", Timespec}, {"timespec2", Timespec2}, {"timeval", TimevalOne}, {"timeval2", Timeval2},
    {"itimerspec", Itimerspec}, {"itimerval", Itimerval}, {"timezone", Timezone}, {"time_t", TimeT},
    {nullptr, nullptr}};

}  // namespace lzp::cli
