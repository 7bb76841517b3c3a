// cli/print/quote.cc — strace 6.1's string_quote(): printable ASCII as is, the
// usual C escapes for \t \n \v \f \r " and \\, octal for other bytes (three
// digits when an octal digit follows, so the escape stays unambiguous).
#include "cli/print/quote.h"

namespace lzp::cli {

std::string Quote(std::string_view bytes, HexStyle style, bool truncated, bool force_hex, std::string_view escape) {
  std::string out = "\"";
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
  out.reserve(bytes.size() * (all_hex ? 4 : 1) + 8);
  for (size_t i = 0; i < bytes.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (all_hex) {
      char hex[4] = {'\\', 'x', kDigits[c >> 4], kDigits[c & 15]};
      out.append(hex, 4);
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\f': out += "\\f"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      case '\v': out += "\\v"; continue;
    }
    if (c >= 0x20 && c < 0x7f && escape.find(static_cast<char>(c)) == std::string_view::npos) {
      out += static_cast<char>(c);
      continue;
    }
    // Octal, with three digits when an octal digit follows.
    bool next_is_octal_digit = i + 1 < bytes.size() && bytes[i + 1] >= '0' && bytes[i + 1] <= '7';
    out += '\\';
    if (next_is_octal_digit || c >= 0100) out += kDigits[c >> 6];
    if (next_is_octal_digit || c >= 010) out += kDigits[(c >> 3) & 7];
    out += kDigits[c & 7];
  }
  out += '"';
  if (truncated) out += "...";
  return out;
}

}  // namespace lzp::cli
