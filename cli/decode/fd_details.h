// cli/decode/fd_details.h — -yy: what strace prints inside <...> for an fd.
#pragma once

#include <string>
#include <string_view>

#include "cli/print/captures.h"
#include "cli/options/options.h"

namespace lzp::cli {

// `path` is the fd's /proc link text (what -y prints); `details` the
// interposer's FdDetails capture for it, or null; `decode` the kDecode* bits
// asked for (cli/options/options.h). Returns the annotation:
// "TCP:[127.0.0.1:80->127.0.0.1:4242]", "/dev/null<char 1:3>", "pid:42",
// `path` when there is nothing more to say and paths were asked for, or ""
// (print the bare number): as strace, each kind of fd shows only when its
// category is asked for (--decode-fds=dev shows devices, not files).
// The /proc link of a file that was unlinked ends in " (deleted)": the path
// without it, and whether it was there.
std::string_view LinkPath(std::string_view link, bool* deleted = nullptr);

std::string FdAnnotation(std::string_view path, const Capture* details, int decode = kDecodeAll);

}  // namespace lzp::cli
