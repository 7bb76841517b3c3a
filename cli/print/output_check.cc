// cli/print/output_check.cc — see output_check.h. The stream's error flag says
// that a write failed but not why, and the stream drops what it could not
// write: the reason is the errno that failed write left, which nothing the
// printer does between its writes and this check sets (only failures do).
#include "cli/print/output_check.h"

#include <cerrno>
#include <cstring>

namespace lzp::cli {

void OutputCheck::Check() {
  int error = errno;
  if (reported_ || out_ == nullptr || !std::ferror(out_)) return;
  reported_ = true;
  if (error == 0) error = EIO;
  std::fprintf(stderr, "lzptrace: %s: %s\n", name_.c_str(), std::strerror(error));
}

}  // namespace lzp::cli
