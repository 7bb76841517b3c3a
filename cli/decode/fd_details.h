// cli/decode/fd_details.h — -yy: what strace prints inside <...> for an fd.
#pragma once

#include <string>
#include <string_view>

#include "cli/captures.h"

namespace lzp::cli {

// `path` is the fd's /proc link text (what -y prints); `details` the
// interposer's FdDetails capture for it, or null. Returns the annotation:
// "TCP:[127.0.0.1:80->127.0.0.1:4242]", "/dev/null<char 1:3>", "pid:42", or
// `path` when there is nothing more to say.
std::string FdAnnotation(std::string_view path, const Capture* details);

}  // namespace lzp::cli
