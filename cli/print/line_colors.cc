// cli/print/line_colors.cc — see line_colors.h.
#include "cli/print/line_colors.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <vector>

namespace lzp::cli {
namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kName = "\x1b[1;34m";    // bold blue
constexpr std::string_view kError = "\x1b[31m";     // red
constexpr std::string_view kSignal = "\x1b[33m";    // yellow
constexpr std::string_view kEnd = "\x1b[1;35m";     // bold magenta

struct Span { size_t from, to; std::string_view color; };

bool IsNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// A "--- x ---" or "+++ x +++" line: its marker starts before any '('.
bool PointLine(std::string_view line, std::string_view marker, size_t* from) {
  size_t at = line.find(marker);
  std::string_view closing = marker == "--- " ? " ---" : " +++";
  if (at == std::string_view::npos || at > line.find('(') || line.size() < closing.size() ||
      line.substr(line.size() - closing.size()) != closing)
    return false;
  *from = at;
  return true;
}

std::vector<Span> Spans(std::string_view line) {
  size_t from;
  if (PointLine(line, "--- ", &from)) return {{from, line.size(), kSignal}};
  if (PointLine(line, "+++ ", &from)) return {{from, line.size(), kEnd}};
  std::vector<Span> spans;
  size_t resumed = line.find("<... ");
  size_t paren = line.find('(');
  if (resumed != std::string_view::npos && resumed < paren) {
    size_t name_end = line.find(' ', resumed + 5);
    if (name_end != std::string_view::npos) spans.push_back({resumed + 5, name_end, kName});
  } else if (paren != std::string_view::npos) {
    size_t start = paren;
    while (start > 0 && IsNameChar(line[start - 1])) --start;
    if (start < paren) spans.push_back({start, paren, kName});
  }
  size_t error = std::max(line.rfind(" = -1 E") == std::string_view::npos ? 0 : line.rfind(" = -1 E") + 1,
                          line.rfind(" = ? E") == std::string_view::npos ? 0 : line.rfind(" = ? E") + 1);
  if (error > 0 && (spans.empty() || error >= spans.back().to)) spans.push_back({error, line.size(), kError});
  return spans;
}

}  // namespace

std::string LineColors::Paint(std::string_view text) const {
  if (!on) return std::string(text);
  size_t first_end = text.find('\n');
  std::string_view line = text.substr(0, first_end);
  std::string out;
  out.reserve(text.size() + 24);
  size_t at = 0;
  for (const Span& s : Spans(line)) {
    out.append(line.substr(at, s.from - at));
    out.append(s.color);
    out.append(line.substr(s.from, s.to - s.from));
    out.append(kReset);
    at = s.to;
  }
  out.append(text.substr(at));
  return out;
}

bool UseColor(ColorWhen when, int fd) {
  return when == ColorWhen::kAlways || (when == ColorWhen::kAuto && isatty(fd) == 1);
}

}  // namespace lzp::cli
