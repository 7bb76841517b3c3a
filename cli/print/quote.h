// cli/print/quote.h — strings and buffers quoted the way strace quotes them.
#pragma once

#include <string>
#include <string_view>

namespace lzp::cli {

enum class HexStyle { kNone, kNonPrintable, kAll };  // default, -x, -xx

// `"text"` with C escapes (octal for other bytes, \xNN under -x/-xx or when
// `force_hex`); `..."` is appended when `truncated`. Printable bytes listed
// in `escape` are escaped as numbers too.
std::string Quote(std::string_view bytes, HexStyle style, bool truncated, bool force_hex = false,
                  std::string_view escape = {});

}  // namespace lzp::cli
