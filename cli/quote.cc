// cli/quote.cc — strace 6.1's string_quote(): printable ASCII as is, the
// usual C escapes for \t \n \v \f \r " and \\, octal for other bytes (three
// digits when an octal digit follows, so the escape stays unambiguous).
#include "cli/quote.h"

#include <fmt/format.h>

namespace lzp::cli {

std::string Quote(std::string_view bytes, HexStyle style, bool truncated, bool force_hex) {
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
  for (size_t i = 0; i < bytes.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (all_hex) {
      out += fmt::format("\\x{:02x}", c);
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
    if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
      continue;
    }
    bool next_is_octal_digit = i + 1 < bytes.size() && bytes[i + 1] >= '0' && bytes[i + 1] <= '7';
    out += next_is_octal_digit ? fmt::format("\\{:03o}", c) : fmt::format("\\{:o}", c);
  }
  out += '"';
  if (truncated) out += "...";
  return out;
}

}  // namespace lzp::cli
