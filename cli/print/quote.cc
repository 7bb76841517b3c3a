// cli/print/quote.cc — strace 6.1's string_quote(): printable ASCII as is, the
// usual C escapes for \t \n \v \f \r " and \\, octal for other bytes (three
// digits when an octal digit follows, so the escape stays unambiguous).
//
// The text is written at a raw pointer into a string sized for the worst
// case (4 bytes per input byte, the quotes and "..."), then cut to what was
// written: one allocation and no per-character growth check (issue 12: a
// read's 32 quoted bytes were half of the CLI's time on a read loop).
#include "cli/print/quote.h"

namespace lzp::cli {

namespace {

// What each byte needs outside -x/-xx: 0 as is, a letter for its C escape
// ('"' and '\\' stand for themselves), 1 a numeric (octal) escape.
struct EscapeTable {
  char kind[256];
  constexpr EscapeTable() : kind() {
    for (int c = 0; c < 256; ++c) kind[c] = c >= 0x20 && c < 0x7f ? 0 : 1;
    kind[static_cast<unsigned char>('"')] = '"';
    kind[static_cast<unsigned char>('\\')] = '\\';
    kind[static_cast<unsigned char>('\f')] = 'f';
    kind[static_cast<unsigned char>('\n')] = 'n';
    kind[static_cast<unsigned char>('\r')] = 'r';
    kind[static_cast<unsigned char>('\t')] = 't';
    kind[static_cast<unsigned char>('\v')] = 'v';
  }
};
constexpr EscapeTable kEscapes;

}  // namespace

std::string Quote(std::string_view bytes, HexStyle style, bool truncated, bool force_hex, std::string_view escape) {
  bool all_hex = style == HexStyle::kAll || force_hex;
  if (style == HexStyle::kNonPrintable && !all_hex) {
    // -x: the whole string goes hex if any byte would need a numeric escape
    // (the C escapes \t \n \v \f \r do not count).
    for (unsigned char c : bytes)
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r') || c >= 0x7f) {
        all_hex = true;
        break;
      }
  }
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  out.resize(bytes.size() * 4 + 5);  // every byte escaped in 4, the quotes, "..."
  char* const start = out.data();
  char* p = start;
  *p++ = '"';
  const size_t n = bytes.size();
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (all_hex) {
      p[0] = '\\';
      p[1] = 'x';
      p[2] = kDigits[c >> 4];
      p[3] = kDigits[c & 15];
      p += 4;
      continue;
    }
    const char kind = kEscapes.kind[c];
    if (kind == 0 && (escape.empty() || escape.find(static_cast<char>(c)) == std::string_view::npos)) {
      *p++ = static_cast<char>(c);
      continue;
    }
    if (kind > 1) {
      p[0] = '\\';
      p[1] = kind;
      p += 2;
      continue;
    }
    // Octal, with three digits when an octal digit follows.
    const bool next_is_octal_digit = i + 1 < n && bytes[i + 1] >= '0' && bytes[i + 1] <= '7';
    *p++ = '\\';
    if (next_is_octal_digit || c >= 0100) *p++ = kDigits[c >> 6];
    if (next_is_octal_digit || c >= 010) *p++ = kDigits[(c >> 3) & 7];
    *p++ = kDigits[c & 7];
  }
  *p++ = '"';
  if (truncated) {
    p[0] = p[1] = p[2] = '.';
    p += 3;
  }
  out.resize(static_cast<size_t>(p - start));
  return out;
}

}  // namespace lzp::cli
