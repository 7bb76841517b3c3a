// cli/print/siginfo_format.h — strace's rendering of a delivered signal.
#pragma once

#include <string>

#include "tracer/protocol.h"

namespace lzp::cli {

// "--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=42, ...} ---"
std::string FormatSignal(const proto::SignalRecord& rec);

}  // namespace lzp::cli
