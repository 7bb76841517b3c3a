// cli/filter/matcher.h — --filter in the CLI: the whole predicate, evaluated
// again on every syscall record before it is printed. The tracees already
// dropped what they could decide (tracer/filter.h); what reaches the CLI may
// still fail a test of a captured string, or come from a tracee whose copy of
// the program was scribbled on — so this, not the tracee, has the last word.
#pragma once

#include "cli/filter/compiler.h"
#include "cli/print/captures.h"
#include "tracer/protocol.h"

namespace lzp::cli::filter {

// Does the call match? `ticks_per_second` turns its TSC span into its
// duration (0: the duration is unknown). A call that did not return (exit,
// a pending execve) has no result and no duration: tests of them are
// unknown, and unknown is not a match.
bool Matches(const CompiledFilter& filter, const proto::SyscallRecord& rec, const Captures& captures,
             double ticks_per_second);

}  // namespace lzp::cli::filter
