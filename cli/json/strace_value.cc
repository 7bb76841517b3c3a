// cli/json/strace_value.cc — see strace_value.h.
//
// A recursive descent over string_views. Each level first finds its parts
// (elements split at top-level commas, flags at top-level '|', a key at the
// first top-level '=') with one scanner that steps over quoted strings,
// comments and brackets; a part that does not read as a value of its shape
// becomes the string of its own text, so a mistake stays local.
#include "cli/json/strace_value.h"

#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <vector>

#include <fmt/format.h>

#include "cli/json/json_text.h"

namespace lzp::cli::json {
namespace {

constexpr int kMaxDepth = 32;
constexpr size_t kNone = std::string_view::npos;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// From an opening quote at s[i]: the index after its closing quote, or kNone.
size_t SkipQuoted(std::string_view s, size_t i) {
  for (++i; i < s.size(); ++i) {
    if (s[i] == '\\') ++i;
    else if (s[i] == '"') return i + 1;
  }
  return kNone;
}

// Where `wanted` occurs outside quotes, comments and brackets, and where the
// first top-level comment starts. Unbalanced text is reported, not read.
struct TopLevel {
  bool balanced = true;
  std::vector<size_t> hits;
  size_t first_comment = kNone;
};

TopLevel ScanTopLevel(std::string_view s, char wanted) {
  TopLevel top;
  std::string open;  // the brackets we are in
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c == '"') {
      i = SkipQuoted(s, i);
      if (i == kNone) return top.balanced = false, top;
      continue;
    }
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
      if (open.empty() && top.first_comment == kNone) top.first_comment = i;
      size_t end = s.find("*/", i + 2);
      if (end == kNone) return top.balanced = false, top;
      i = end + 2;
      continue;
    }
    if (c == '(' || c == '[' || c == '{') {
      open += c;
    } else if (c == ')' || c == ']' || c == '}') {
      char expected = c == ')' ? '(' : c == ']' ? '[' : '{';
      if (open.empty() || open.back() != expected) return top.balanced = false, top;
      open.pop_back();
    } else if (open.empty() && c == wanted) {
      top.hits.push_back(i);
    }
    ++i;
  }
  top.balanced = open.empty();
  return top;
}

// s cut at each position in `at` (the separators themselves left out).
std::vector<std::string_view> CutAt(std::string_view s, const std::vector<size_t>& at) {
  std::vector<std::string_view> parts;
  size_t from = 0;
  for (size_t p : at) {
    parts.push_back(Trim(s.substr(from, p - from)));
    from = p + 1;
  }
  parts.push_back(Trim(s.substr(from)));
  return parts;
}

bool IsIdentifier(std::string_view s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  return true;
}

// strace's integers: decimal, -decimal, 0x hex, 0 octal. As JSON digits.
bool Number(std::string_view s, std::string* json) {
  bool negative = !s.empty() && s[0] == '-';
  std::string_view digits = negative ? s.substr(1) : s;
  if (digits.empty() || digits.size() > 20) return false;
  int base = 10;
  if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X')) {
    base = 16;
    digits.remove_prefix(2);
    if (digits.size() > 16) return false;
  } else if (digits.size() > 1 && digits[0] == '0') {
    base = 8;
  }
  for (char c : digits) {
    bool ok = base == 16 ? std::isxdigit(static_cast<unsigned char>(c)) != 0 : c >= '0' && c <= (base == 8 ? '7' : '9');
    if (!ok) return false;
  }
  if (base == 10) {
    *json = std::string(s);  // JSON numbers have no size limit: kept digit for digit
    return true;
  }
  if (negative) return false;  // strace does not print those
  std::string text(digits);
  errno = 0;
  unsigned long long v = std::strtoull(text.c_str(), nullptr, base);
  if (errno != 0) return false;
  *json = fmt::format("{}", v);
  return true;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// The bytes of a quoted string (s[0] is its quote, `end` just after the closing one).
std::string Unquote(std::string_view s, size_t end) {
  std::string bytes;
  for (size_t i = 1; i + 1 < end; ++i) {
    if (s[i] != '\\' || i + 2 >= end) {
      bytes += s[i];
      continue;
    }
    char c = s[++i];
    switch (c) {
      case 'n': bytes += '\n'; break;
      case 't': bytes += '\t'; break;
      case 'r': bytes += '\r'; break;
      case 'v': bytes += '\v'; break;
      case 'f': bytes += '\f'; break;
      case 'a': bytes += '\a'; break;
      case 'b': bytes += '\b'; break;
      case 'x': {
        int value = 0, n = 0;
        while (n < 2 && i + 1 < end - 1 && HexDigit(s[i + 1]) >= 0) value = value * 16 + HexDigit(s[++i]), ++n;
        bytes += n ? static_cast<char>(value) : 'x';
        break;
      }
      default:
        if (c >= '0' && c <= '7') {
          int value = c - '0', n = 1;
          while (n < 3 && i + 1 < end - 1 && s[i + 1] >= '0' && s[i + 1] <= '7') value = value * 8 + (s[++i] - '0'), ++n;
          bytes += static_cast<char>(value & 0xff);
        } else {
          bytes += c;  // \" \\ and anything else: the character itself
        }
    }
  }
  return bytes;
}

std::string Value(std::string_view s, int depth);

// {k=v, ...}: an object, if every part is key=value (or strace's "...").
bool Struct(std::string_view s, int depth, std::string* json) {
  std::string_view inner = Trim(s.substr(1, s.size() - 2));
  if (inner.empty()) return *json = "{}", true;
  TopLevel commas = ScanTopLevel(inner, ',');
  if (!commas.balanced) return false;
  std::string out = "{";
  bool any = false;
  for (std::string_view part : CutAt(inner, commas.hits)) {
    if (part == "...") continue;
    TopLevel equals = ScanTopLevel(part, '=');
    if (equals.hits.empty()) return false;
    size_t at = equals.hits[0];
    std::string_view key = Trim(part.substr(0, at));
    if (!IsIdentifier(key) || (at + 1 < part.size() && part[at + 1] == '=')) return false;
    if (any) out += ", ";
    AppendJsonString(out, key);
    out += ": ";
    out += Value(part.substr(at + 1), depth + 1);
    any = true;
  }
  if (!any) return false;  // only "...": the text says more
  *json = out + "}";
  return true;
}

// [a, b, ...] or a signal set [INT TERM].
bool Array(std::string_view s, int depth, std::string* json) {
  std::string_view inner = Trim(s.substr(1, s.size() - 2));
  if (inner.empty()) return *json = "[]", true;
  TopLevel commas = ScanTopLevel(inner, ',');
  if (!commas.balanced) return false;
  std::vector<std::string_view> parts = CutAt(inner, commas.hits);
  if (parts.size() == 1) {  // a set of names separated by spaces?
    TopLevel spaces = ScanTopLevel(inner, ' ');
    std::vector<std::string_view> words = CutAt(inner, spaces.hits);
    bool names = words.size() > 1 && spaces.first_comment == kNone;
    for (std::string_view w : words) names = names && IsIdentifier(w);
    if (names) parts = words;
  }
  std::string out = "[";
  bool any = false;
  for (std::string_view part : parts) {
    if (part == "...") continue;
    if (any) out += ", ";
    out += Value(part, depth + 1);
    any = true;
  }
  *json = out + "]";
  return true;
}

// One value without '|': the shapes in the header, else its text.
std::string Scalar(std::string_view s, int depth) {
  std::string json;
  if (s == "NULL") return "null";
  if (Number(s, &json)) return json;
  if (s.size() >= 2 && s[0] == '"') {
    size_t end = SkipQuoted(s, 0);
    if (end != kNone && (end == s.size() || s.substr(end) == "...")) return JsonString(Unquote(s, end));
  }
  if (s.size() >= 2 && s.front() == '{' && s.back() == '}' && Struct(s, depth, &json)) return json;
  if (s.size() >= 2 && s.front() == '[' && s.back() == ']' && Array(s, depth, &json)) return json;
  size_t angle = s.find('<');
  if (angle != kNone && angle > 0 && s.back() == '>') {  // -y: 3</etc/passwd>, AT_FDCWD</tmp>
    std::string_view fd = s.substr(0, angle);
    if (Number(fd, &json) || (IsIdentifier(fd) && !(json = JsonString(fd)).empty()))
      return "{\"fd\": " + json + ", \"path\": " + JsonString(s.substr(angle + 1, s.size() - angle - 2)) + "}";
  }
  return JsonString(s);
}

std::string Value(std::string_view s, int depth) {
  s = Trim(s);
  if (depth > kMaxDepth) return JsonString(s);
  TopLevel bars = ScanTopLevel(s, '|');
  if (!bars.balanced) return JsonString(s);
  if (bars.first_comment != kNone && bars.first_comment > 0) {  // "v /* note */": the value is v
    std::string_view before = Trim(s.substr(0, bars.first_comment));
    size_t end = s.find("*/", bars.first_comment);
    if (end != kNone && Trim(s.substr(end + 2)).empty()) return Value(before, depth + 1);
  }
  if (bars.hits.empty()) return Scalar(s, depth);
  std::string out = "[";
  for (std::string_view part : CutAt(s, bars.hits)) {
    if (part.empty()) return JsonString(s);
    if (out.size() > 1) out += ", ";
    out += Scalar(part, depth + 1);
  }
  return out + "]";
}

}  // namespace

std::string StraceValueToJson(std::string_view text) { return Value(text, 0); }

std::string ArgumentToJson(std::string_view text) {
  std::string out = "{\"text\": ";
  AppendJsonString(out, text);
  out += ", \"value\": ";
  out += StraceValueToJson(text);
  std::string_view trimmed = Trim(text);
  TopLevel top = ScanTopLevel(trimmed, '\0');
  if (top.balanced && top.first_comment != kNone) {
    size_t end = trimmed.find("*/", top.first_comment);
    if (end != kNone && Trim(trimmed.substr(end + 2)).empty()) {
      out += ", \"comment\": ";
      AppendJsonString(out, Trim(trimmed.substr(top.first_comment + 2, end - top.first_comment - 2)));
    }
  }
  return out + "}";
}

}  // namespace lzp::cli::json
