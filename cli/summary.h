// cli/summary.h — strace's -c table, from the counters the tracees keep.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "tracer/protocol.h"

namespace lzp::cli {

// sort_by: "time" (default), "calls", "errors", "name", "nothing" (-S).
bool ValidSortKey(const std::string& sort_by);
// -U: a comma-separated list of time-percent, total-time, avg-time, calls,
// errors, name (strace's spellings and short forms). False with the unknown
// name in *bad.
bool ParseColumns(const std::string& list, std::vector<std::string>* columns, std::string* bad);
void PrintSummary(FILE* out, const proto::SyscallCounter* counters, double tsc_per_second, const std::string& sort_by,
                  const std::vector<std::string>& columns);

}  // namespace lzp::cli
