// cli/decode/ioctl_uffd.h — userfaultfd's ioctl arguments (<linux/userfaultfd.h>),
// decoded from what tracer/ioctl_transfers.h has the interposer copy.
#pragma once

#include <string>
#include <string_view>

#include "tracer/ioctl_transfers.h"

namespace lzp::cli {

// `in`: the struct as passed; `answer`: as the kernel left it after a
// success (empty otherwise).
std::string FormatUffdArgument(proto::IoctlShape shape, std::string_view in, std::string_view answer);

}  // namespace lzp::cli
