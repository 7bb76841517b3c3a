// tests/fuzz/json_fuzz.cc — libFuzzer target for --json's reading of strace
// argument text (cli/json/strace_value.cc): the input is one argument's text.
// Besides not crashing, the answer must be one well-formed JSON value of
// valid UTF-8 (checked here by a small recursive reader): abort otherwise.
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "cli/json/strace_value.h"

namespace {

struct Reader {
  std::string_view s;
  size_t i = 0;
  void Space() { while (i < s.size() && (s[i] == ' ' || s[i] == '\n')) ++i; }
  bool Eat(char c) { Space(); if (i < s.size() && s[i] == c) return ++i, true; return false; }
  bool String() {
    if (!Eat('"')) return false;
    while (i < s.size() && s[i] != '"') {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c < 0x20) return false;
      if (c == '\\') {
        if (++i >= s.size()) return false;
        if (s[i] == 'u') {
          for (int k = 0; k < 4; ++k) if (++i >= s.size() || !std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
        } else if (std::string_view("\"\\/bfnrt").find(s[i]) == std::string_view::npos) {
          return false;
        }
        ++i;
      } else if (c >= 0x80) {  // a UTF-8 sequence: lead byte and continuation bytes
        size_t n = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc2 ? 1 : 9;
        if (n == 9 || c > 0xf4) return false;
        for (size_t k = 0; k < n; ++k) if (++i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xc0) != 0x80) return false;
        ++i;
      } else {
        ++i;
      }
    }
    return Eat('"');
  }
  bool Value(int depth) {
    Space();
    if (depth > 100 || i >= s.size()) return false;
    if (s[i] == '"') return String();
    if (s.substr(i, 4) == "null") return i += 4, true;
    if (s[i] == '-' || std::isdigit(static_cast<unsigned char>(s[i]))) {
      if (s[i] == '-') ++i;
      if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
      if (s[i] == '0' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1]))) return false;
      while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
      return true;
    }
    char close = s[i] == '[' ? ']' : s[i] == '{' ? '}' : 0;
    if (close == 0) return false;
    ++i;
    if (Eat(close)) return true;
    do {
      if (close == '}' && !(String() && Eat(':'))) return false;
      if (!Value(depth + 1)) return false;
    } while (Eat(','));
    return Eat(close);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const std::string& json : {lzp::cli::json::StraceValueToJson(text), lzp::cli::json::ArgumentToJson(text)}) {
    Reader reader{json};
    if (!reader.Value(0)) std::abort();
    reader.Space();
    if (reader.i != json.size()) std::abort();
  }
  return 0;
}
