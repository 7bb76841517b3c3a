// cli/print/line_colors.h — --color: escape codes in strace's text lines.
//
// Colour is added to a line (or to the piece of one the interleaver writes:
// "name(args, " then "args) = result") just before it is written, after its
// padding to the -a column, so alignment is that of the plain text. It reads
// the line's shape: a syscall's name is the word before its first '(' (or
// the one in "<... name resumed>"), an error is the last " = -1 E..." or
// " = ? E..." to the end of the line, "--- ... ---" is a signal and
// "+++ ... +++" a process end. Only the first line of a piece is coloured
// (-k stacks and hex dumps that follow it are not).
#pragma once

#include <string>
#include <string_view>

#include "cli/options/options.h"

namespace lzp::cli {

struct LineColors {
  bool on = false;
  // `text` with colours, or unchanged when off or nothing matched.
  std::string Paint(std::string_view text) const;
};

// --color=auto|always|never for an output stream (auto: only a terminal).
bool UseColor(ColorWhen when, int fd);

}  // namespace lzp::cli
