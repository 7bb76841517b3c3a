// cli/summary/summary.h — strace's -c table, from the counters the tracees keep.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "tracer/protocol.h"

namespace lzp::cli {

// -S: time (default), min-time, max-time, avg-time, calls, errors, name,
// nothing, and strace's other spellings of them.
bool ValidSortKey(const std::string& sort_by);
// -U: a comma-separated list of time-percent, total-time, min-time,
// max-time, avg-time, calls, errors, name (strace's spellings and short
// forms); name is added last if missing. False with the unknown name in *bad.
bool ParseColumns(const std::string& list, std::vector<std::string>* columns, std::string* bad);
// `units_per_second`: the TSC's rate (the counters count TSC ticks).
void PrintSummary(FILE* out, const proto::SyscallCounter* counters, double units_per_second, const std::string& sort_by,
                  const std::vector<std::string>& columns);

}  // namespace lzp::cli
