// cli/print/append_text.h — numbers appended to a line being built, without
// a format string and without a temporary std::string (the per-event hot
// path, issue 12). Decimal is written two digits at a time from a table of
// the 100 pairs "00".."99", right to left into a 20-byte stack buffer, then
// appended; hex is written a nibble at a time the same way. The output is
// byte-for-byte what fmt::format("{}") and fmt::format("{:#x}") write (and
// Hex()'s "0" for zero), which the golden tests check through every line.
#pragma once

#include <cstdint>
#include <string>

namespace lzp::cli {

namespace append_detail {
inline constexpr char kPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";
}  // namespace append_detail

// `value` in decimal.
inline void AppendUnsigned(std::string& out, uint64_t value) {
  char buf[20];
  char* end = buf + sizeof(buf);
  char* p = end;
  while (value >= 100) {
    unsigned pair = static_cast<unsigned>(value % 100) * 2;
    value /= 100;
    *--p = append_detail::kPairs[pair + 1];
    *--p = append_detail::kPairs[pair];
  }
  if (value >= 10) {
    unsigned pair = static_cast<unsigned>(value) * 2;
    *--p = append_detail::kPairs[pair + 1];
    *--p = append_detail::kPairs[pair];
  } else {
    *--p = static_cast<char>('0' + value);
  }
  out.append(p, static_cast<size_t>(end - p));
}

// `value` in decimal with a '-' when negative (INT64_MIN included).
inline void AppendSigned(std::string& out, int64_t value) {
  if (value < 0) {
    out += '-';
    AppendUnsigned(out, ~static_cast<uint64_t>(value) + 1);
  } else {
    AppendUnsigned(out, static_cast<uint64_t>(value));
  }
}

// `value` as "0x1f" (fmt's "{:#x}": "0x0" for zero).
inline void AppendHex0x(std::string& out, uint64_t value) {
  char buf[18];
  char* end = buf + sizeof(buf);
  char* p = end;
  do {
    *--p = "0123456789abcdef"[value & 15];
    value >>= 4;
  } while (value != 0);
  *--p = 'x';
  *--p = '0';
  out.append(p, static_cast<size_t>(end - p));
}

}  // namespace lzp::cli
