// cli/json/json_text.h — writing JSON text: strings and numbers.
//
// A JSON string must be valid Unicode, but what a tracee hands us is bytes.
// AppendJsonString copies valid UTF-8 sequences as they are, escapes quotes,
// backslashes and control characters, and writes every byte that is not part
// of a valid UTF-8 sequence as the code point of the same value (\u0080 ..
// \u00ff, as Latin-1 would read it): the output is always valid JSON.
#pragma once

#include <string>
#include <string_view>

namespace lzp::cli::json {

// Appends `bytes` as a quoted JSON string.
void AppendJsonString(std::string& out, std::string_view bytes);
// The same, returned.
std::string JsonString(std::string_view bytes);
// A finite double with microsecond precision (times and durations in seconds).
std::string JsonSeconds(double seconds);

}  // namespace lzp::cli::json
