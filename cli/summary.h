// cli/summary.h — strace's -c table, from the counters the tracees keep.
#pragma once

#include <cstdio>
#include <string>

#include "tracer/protocol.h"

namespace lzp::cli {

// sort_by: "time" (default), "calls", "errors", "name", "nothing" (-S).
bool ValidSortKey(const std::string& sort_by);
void PrintSummary(FILE* out, const proto::SyscallCounter* counters, double tsc_per_second, const std::string& sort_by);

}  // namespace lzp::cli
