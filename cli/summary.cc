// cli/summary.cc — the -c table in strace 6.1's layout:
//   % time     seconds  usecs/call     calls    errors syscall
// rows sorted by -S (time by default; ties keep syscall-number order), then
// a total row. The tracees count wall time between syscall entry and exit
// (strace without -w shows system time, which an in-process tracer cannot
// measure per call; see docs/architecture.md).
#include "cli/summary.h"

#include <algorithm>
#include <vector>

#include "cli/syscall_format.h"

namespace lzp::cli {
namespace {

struct Row {
  int nr;
  std::string name;
  uint64_t calls, errors;
  double seconds;
};

constexpr char kRule[] = "------ ----------- ----------- --------- --------- ----------------\n";

}  // namespace

bool ValidSortKey(const std::string& s) {
  return s == "time" || s == "calls" || s == "errors" || s == "name" || s == "nothing";
}

void PrintSummary(FILE* out, const proto::SyscallCounter* counters, double tsc_per_second, const std::string& sort_by) {
  std::vector<Row> rows;
  double total_seconds = 0;
  uint64_t total_calls = 0, total_errors = 0;
  for (uint32_t nr = 0; nr < proto::kCounterCount; ++nr) {
    uint64_t calls = counters[nr].calls.load(std::memory_order_relaxed);
    if (calls == 0) continue;
    double seconds = tsc_per_second > 0 ? counters[nr].tsc.load(std::memory_order_relaxed) / tsc_per_second : 0;
    rows.push_back({static_cast<int>(nr), SyscallName(nr), calls, counters[nr].errors.load(std::memory_order_relaxed), seconds});
    total_seconds += seconds;
    total_calls += calls;
    total_errors += rows.back().errors;
  }
  auto by = [&](auto key) { std::stable_sort(rows.begin(), rows.end(), key); };
  if (sort_by == "calls") by([](const Row& a, const Row& b) { return a.calls > b.calls; });
  else if (sort_by == "errors") by([](const Row& a, const Row& b) { return a.errors > b.errors; });
  else if (sort_by == "name") by([](const Row& a, const Row& b) { return a.name < b.name; });
  else if (sort_by != "nothing") by([](const Row& a, const Row& b) { return a.seconds > b.seconds; });

  std::fprintf(out, "%% time     seconds  usecs/call     calls    errors syscall\n");
  std::fputs(kRule, out);
  for (const Row& r : rows) {
    double percent = total_seconds > 0 ? 100.0 * r.seconds / total_seconds : 0;
    std::fprintf(out, "%6.2f %11.6f %11lu %9lu %9.lu %s\n", percent, r.seconds,
                 static_cast<unsigned long>(r.seconds * 1e6 / r.calls), static_cast<unsigned long>(r.calls),
                 static_cast<unsigned long>(r.errors), r.name.c_str());
  }
  std::fputs(kRule, out);
  std::fprintf(out, "%6.2f %11.6f %11lu %9lu %9.lu total\n", 100.0, total_seconds,
               static_cast<unsigned long>(total_calls ? total_seconds * 1e6 / total_calls : 0),
               static_cast<unsigned long>(total_calls), static_cast<unsigned long>(total_errors));
}

}  // namespace lzp::cli
