// cli/print/const_style.h — strace's -X (--const-print-style): how every named
// constant is printed. One process-wide setting, made once from the options
// before anything is printed (cli/main.cc) and read by the helpers that print
// constants (flags_format.cc, the signal and sigset printers, AT_FDCWD, ...),
// so no decoder passes it along:
//   abbrev (default)  the name: O_RDONLY|O_CLOEXEC, SIGTERM, AT_FDCWD
//   raw               the number alone: 0x80000, 15, -100
//   verbose           the number, then the name in a comment: 0x80000 /* O_RDONLY|O_CLOEXEC */
// A value with no name (0x4d /* SEEK_??? */) is printed the same under abbrev
// and verbose; raw drops the comment. What strace does not treat as a
// constant is never changed: errno names in results, "--- SIGINT" and
// "+++ killed by SIGKILL" headers, the annotations after results.
#pragma once

#include <string>
#include <string_view>

namespace lzp::cli {

enum class ConstStyle { kAbbrev, kRaw, kVerbose };

// Reads -X's word ("raw", "abbrev", "verbose"); false for anything else.
bool ParseConstStyle(std::string_view word, ConstStyle* style);

void SetConstStyle(ConstStyle style);
ConstStyle CurrentConstStyle();
inline bool ConstantsAbbreviated() { return CurrentConstStyle() == ConstStyle::kAbbrev; }

// One constant in the current style, given its number as strace writes it
// ("0x2", "15", "-100") and its name ("SEEK_END"; empty: no name, the
// number alone in every style).
std::string StyledConstant(std::string_view number, std::string_view name);
// A value with no name, and strace's comment for it: "0x3e7 /* SOL_??? */"
// under abbrev and verbose, the number alone under raw.
std::string UnknownConstant(std::string_view number, std::string_view comment);

}  // namespace lzp::cli
