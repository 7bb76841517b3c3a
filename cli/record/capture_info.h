// cli/record/capture_info.h — what shaped capture in the tracee, as --record
// writes it first (record_format.h CaptureChunk): the ring's option bits and
// -e trace= bitmap as the tracees read them, -s, -y, -f, -e read=/write=,
// whether the ptrace companion ran, the main pid and the trace's start.
#pragma once

#include <sys/types.h>

#include "cli/options/options.h"
#include "cli/record/record_format.h"

namespace lzp::cli::record {

CaptureChunk DescribeCapture(const Options& options, const proto::RingControl& ring, pid_t main_pid, bool companion,
                             uint64_t start_tsc);

}  // namespace lzp::cli::record
