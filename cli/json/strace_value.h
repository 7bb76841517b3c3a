// cli/json/strace_value.h — strace's argument text, read back as a JSON value.
//
// Every decoder already prints each argument the way strace does; rather than
// teach each one JSON, this reads that one syntax:
//   numbers       3, -1, 0x7ffd1000, 0644 (octal)   -> JSON numbers
//   NULL                                               -> null
//   "quoted\n"... (strace's escapes, maybe cut: ...)   -> a string of the bytes
//   A|B|0x80      flag lists                           -> ["A", "B", 128]
//   {k=v, ...}    structs                              -> {"k": v, ...}
//   [a, b] / [INT TERM]  arrays and signal sets        -> [a, b] / ["INT", "TERM"]
//   3</etc/passwd>  an fd with its -y details          -> {"fd": 3, "path": "/etc/passwd"}
//   v /* note */  a value with a comment               -> v (the argument keeps "comment")
// Anything else — names (AT_FDCWD), expressions ({WIFEXITED(s) && ...}),
// macros (makedev(0x8, 0x1)), abbreviated structs ("..." elements are
// dropped; a struct of only "..." stays a string), text that is not
// well formed — stays a JSON string of its text. The input is untrusted: it
// never fails, and nesting deeper than 32 levels stays a string.
#pragma once

#include <string>
#include <string_view>

namespace lzp::cli::json {

// The value of one piece of strace argument text, as JSON text.
std::string StraceValueToJson(std::string_view text);
// {"text": "<the strace text>", "value": <StraceValueToJson>} and, when the
// text ends in a comment, "comment": "<its words>".
std::string ArgumentToJson(std::string_view text);

}  // namespace lzp::cli::json
