// cli/record/replay_gaps.h — --replay with options that needed capture in the
// tracee: one line on stderr for each thing the recording lacks (the rest is
// still printed), e.g.
//   lzptrace: rec.lzp was recorded without -y: paths are not shown
// Output options (-e trace=, -t, -x, -o, ...) need nothing: they apply to
// what was recorded.
#pragma once

#include <string>

#include "cli/options/options.h"
#include "cli/record/record_format.h"

namespace lzp::cli::record {

void SayWhatRecordingLacks(const Options& options, const CaptureChunk& capture, const std::string& path);

// -c on a recording made without -c (said once when it is printed).
void SayCountsFromRecords(const std::string& path);

}  // namespace lzp::cli::record
