// cli/record/replay.h — the --replay=FILE run, as a list of passes: open the
// recording (refused with one line if it is none, or of another version);
// say what it lacks for these options; print its events through the same
// printer a live run uses, with the recorded clock, flushes and in-flight
// slots; end as the recorded program ended; print the -c table; say where
// the recording was damaged, if it was (exit 1).
#pragma once

#include <cstdio>

#include "cli/options/options.h"
#include "cli/print/output_sinks.h"
#include "cli/record/replay_reader.h"

namespace lzp::cli::record {

// The exit code: 0, or 1 if the recording could not be read to its end.
int Replay(const Options& options);

// The printing part: every event of an opened recording through the printer
// to `out` and the `sinks` (--json, --perfetto), its end, the -c table (the
// fuzz target calls this alone).
void PrintRecording(ReplayReader* reader, const Options& options, FILE* out, OutputSinks* sinks);

}  // namespace lzp::cli::record
