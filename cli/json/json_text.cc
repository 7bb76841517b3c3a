// cli/json/json_text.cc — see json_text.h.
#include "cli/json/json_text.h"

#include <cmath>

#include <fmt/format.h>

namespace lzp::cli::json {
namespace {

// The length of the valid UTF-8 sequence at s[i] (overlong forms, surrogates
// and code points beyond U+10FFFF are not valid), or 0.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t length = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
  if (length == 0 || i + length > s.size()) return 0;
  for (size_t k = 1; k < length; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return 0;
  unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
  if (c == 0xe0 && c1 < 0xa0) return 0;  // overlong
  if (c == 0xed && c1 >= 0xa0) return 0;  // a surrogate
  if (c == 0xf0 && c1 < 0x90) return 0;  // overlong
  if (c == 0xf4 && c1 >= 0x90) return 0;  // beyond U+10FFFF
  return length;
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view bytes) {
  out += '"';
  for (size_t i = 0; i < bytes.size();) {
    size_t plain = i;  // a run of printable ASCII that needs no escape goes in at once
    while (plain < bytes.size() && bytes[plain] >= 0x20 && bytes[plain] < 0x7f && bytes[plain] != '"' && bytes[plain] != '\\')
      ++plain;
    if (plain > i) {
      out.append(bytes.substr(i, plain - i));
      i = plain;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c >= 0x80) {
      size_t length = Utf8SequenceLength(bytes, i);
      if (length == 0) {
        out += fmt::format("\\u{:04x}", c);
        ++i;
      } else {
        out.append(bytes.substr(i, length));
        i += length;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7f) out += fmt::format("\\u{:04x}", c);
        else out += static_cast<char>(c);
    }
    ++i;
  }
  out += '"';
}

std::string JsonString(std::string_view bytes) {
  std::string out;
  AppendJsonString(out, bytes);
  return out;
}

std::string JsonSeconds(double seconds) {
  if (!std::isfinite(seconds) || std::fabs(seconds) > 9e12) return "null";
  long long micros = std::llround(seconds * 1e6);  // whole microseconds, written without a float format
  std::string out = micros < 0 ? "-" : "";
  unsigned long long magnitude = micros < 0 ? 0ull - static_cast<unsigned long long>(micros) : micros;
  out += fmt::format_int(magnitude / 1000000).str();
  std::string fraction = fmt::format_int(magnitude % 1000000 + 1000000).str();  // "1" and six digits
  out += '.';
  out.append(fraction, 1, 6);
  return out;
}

}  // namespace lzp::cli::json
