// cli/print/const_style.cc — see const_style.h. The style is a plain global:
// it is set before the first line is printed and never changes after, and
// every thread of lzptrace only reads it.
#include "cli/print/const_style.h"

namespace lzp::cli {

namespace {
ConstStyle g_const_style = ConstStyle::kAbbrev;
}  // namespace

bool ParseConstStyle(std::string_view word, ConstStyle* style) {
  if (word == "abbrev") *style = ConstStyle::kAbbrev;
  else if (word == "raw") *style = ConstStyle::kRaw;
  else if (word == "verbose") *style = ConstStyle::kVerbose;
  else return false;
  return true;
}

void SetConstStyle(ConstStyle style) { g_const_style = style; }

ConstStyle CurrentConstStyle() { return g_const_style; }

std::string StyledConstant(std::string_view number, std::string_view name) {
  if (name.empty() || g_const_style == ConstStyle::kRaw) return std::string(number);
  if (g_const_style == ConstStyle::kAbbrev) return std::string(name);
  std::string out(number);
  out += " /* ";
  out += name;
  out += " */";
  return out;
}

std::string UnknownConstant(std::string_view number, std::string_view comment) {
  std::string out(number);
  if (g_const_style == ConstStyle::kRaw) return out;
  out += " /* ";
  out += comment;
  out += " */";
  return out;
}

}  // namespace lzp::cli
