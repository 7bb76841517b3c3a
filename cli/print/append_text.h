// cli/print/append_text.h — numbers written into a line being built, without
// a format string and without a temporary std::string (the per-event hot
// path, issue 12). Decimal is written two digits at a time from a table of
// the 100 pairs "00".."99", right to left from the end its digit count gives;
// hex a nibble at a time the same way. The Write* forms write at a raw
// pointer the caller has made room at (cli/print/output_block.h) and return
// the end; the Append* forms append to a std::string through them. The
// output is byte-for-byte what fmt::format("{}") and fmt::format("{:#x}")
// write (and Hex()'s "0" for zero), which the golden tests check through
// every line.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace lzp::cli {

namespace append_detail {
inline constexpr char kPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";
inline constexpr uint64_t kPowersOf10[20] = {
    1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull, 100000000ull, 1000000000ull,
    10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull, 100000000000000ull,
    1000000000000000ull, 10000000000000000ull, 100000000000000000ull, 1000000000000000000ull,
    10000000000000000000ull};
}  // namespace append_detail

// How many decimal digits `value` has (1..20): from its bit length
// (log10(2) ~ 1233/4096), corrected by one comparison (0 counts as 1).
inline int DecimalDigits(uint64_t value) {
  value |= 1;
  int guess = ((64 - __builtin_clzll(value)) * 1233) >> 12;  // digits, or one more
  return guess + 1 - (value < append_detail::kPowersOf10[guess]);
}

// `value` in decimal at p; returns the end.
inline char* WriteUnsigned(char* p, uint64_t value) {
  char* end = p + DecimalDigits(value);
  char* q = end;
  while (value >= 100) {
    unsigned pair = static_cast<unsigned>(value % 100) * 2;
    value /= 100;
    *--q = append_detail::kPairs[pair + 1];
    *--q = append_detail::kPairs[pair];
  }
  if (value >= 10) {
    unsigned pair = static_cast<unsigned>(value) * 2;
    *--q = append_detail::kPairs[pair + 1];
    *--q = append_detail::kPairs[pair];
  } else {
    *--q = static_cast<char>('0' + value);
  }
  return end;
}

// `value` in decimal with a '-' when negative (INT64_MIN included).
inline char* WriteSigned(char* p, int64_t value) {
  if (value >= 0) return WriteUnsigned(p, static_cast<uint64_t>(value));
  *p++ = '-';
  return WriteUnsigned(p, ~static_cast<uint64_t>(value) + 1);
}

// `value` as "0x1f" (fmt's "{:#x}": "0x0" for zero).
inline char* WriteHex0x(char* p, uint64_t value) {
  int nibbles = (64 - __builtin_clzll(value | 1) + 3) / 4;
  *p++ = '0';
  *p++ = 'x';
  char* end = p + nibbles;
  for (char* q = end; q != p; value >>= 4) *--q = "0123456789abcdef"[value & 15];
  return end;
}

// Text of known length at p.
inline char* WriteText(char* p, std::string_view text) {
  if (!text.empty()) std::memcpy(p, text.data(), text.size());  // (an empty view may have no data at all)
  return p + text.size();
}

inline void AppendUnsigned(std::string& out, uint64_t value) {
  char buf[20];
  out.append(buf, static_cast<size_t>(WriteUnsigned(buf, value) - buf));
}

inline void AppendSigned(std::string& out, int64_t value) {
  char buf[21];
  out.append(buf, static_cast<size_t>(WriteSigned(buf, value) - buf));
}

inline void AppendHex0x(std::string& out, uint64_t value) {
  char buf[18];
  out.append(buf, static_cast<size_t>(WriteHex0x(buf, value) - buf));
}

}  // namespace lzp::cli
