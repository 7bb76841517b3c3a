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

// One column of the table: its header, width and how a row prints in it.
struct Column {
  const char* key;
  const char* header;
  int width;
  bool left;  // left-aligned (the name)
};
const Column kColumns[] = {
    {"time-percent", "% time", 6, false}, {"total-time", "seconds", 11, false}, {"avg-time", "usecs/call", 11, false},
    {"calls", "calls", 9, false},         {"errors", "errors", 9, false},       {"name", "syscall", 16, true},
};
const std::pair<const char*, const char*> kAliases[] = {
    {"time", "time-percent"}, {"time_percent", "time-percent"}, {"percent", "time-percent"},
    {"total_time", "total-time"}, {"avg_time", "avg-time"}, {"count", "calls"}, {"error", "errors"},
    {"syscall", "name"}, {"syscall-name", "name"}};

const Column* FindColumn(const std::string& key) {
  std::string k = key;
  for (auto& [alias, real] : kAliases)
    if (k == alias) k = real;
  for (const Column& c : kColumns)
    if (k == c.key) return &c;
  return nullptr;
}

std::string Cell(const Column& c, const Row& r, double percent, bool total) {
  char buf[64];
  std::string key = c.key;
  if (key == "time-percent") std::snprintf(buf, sizeof(buf), "%6.2f", percent);
  else if (key == "total-time") std::snprintf(buf, sizeof(buf), "%11.6f", r.seconds);
  else if (key == "avg-time") std::snprintf(buf, sizeof(buf), "%11lu", static_cast<unsigned long>(r.calls ? r.seconds * 1e6 / r.calls : 0));
  else if (key == "calls") std::snprintf(buf, sizeof(buf), "%9lu", static_cast<unsigned long>(r.calls));
  else if (key == "errors") std::snprintf(buf, sizeof(buf), "%9.lu", static_cast<unsigned long>(r.errors));
  else std::snprintf(buf, sizeof(buf), "%-16s", total ? "total" : r.name.c_str());
  return buf;
}

}  // namespace

bool ParseColumns(const std::string& list, std::vector<std::string>* columns, std::string* bad) {
  columns->clear();
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    std::string key = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    const Column* c = FindColumn(key);
    if (c == nullptr) {
      *bad = key;
      return false;
    }
    columns->push_back(c->key);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return true;
}

bool ValidSortKey(const std::string& s) {
  return s == "time" || s == "calls" || s == "errors" || s == "name" || s == "nothing";
}

void PrintSummary(FILE* out, const proto::SyscallCounter* counters, double tsc_per_second, const std::string& sort_by,
                  const std::vector<std::string>& columns) {
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

  std::vector<const Column*> shown;
  for (const std::string& key : columns)
    if (const Column* c = FindColumn(key)) shown.push_back(c);
  if (shown.empty())
    for (const Column& c : kColumns) shown.push_back(&c);
  auto line = [&](auto cell) {  // columns joined by one space; the last one not padded
    std::string text;
    for (size_t i = 0; i < shown.size(); ++i) {
      std::string piece = cell(*shown[i]);
      if (i + 1 == shown.size() && shown[i]->left) piece.erase(piece.find_last_not_of(' ') + 1);
      text += (i ? " " : "") + piece;
    }
    std::fprintf(out, "%s\n", text.c_str());
  };
  line([](const Column& c) {
    char buf[32];
    std::snprintf(buf, sizeof(buf), c.left ? "%-*s" : "%*s", c.width, c.header);
    return std::string(buf);
  });
  line([](const Column& c) { return std::string(c.width, '-'); });
  for (const Row& r : rows) {
    double percent = total_seconds > 0 ? 100.0 * r.seconds / total_seconds : 0;
    line([&](const Column& c) { return Cell(c, r, percent, false); });
  }
  line([](const Column& c) { return std::string(c.width, '-'); });
  Row total{0, "total", total_calls, total_errors, total_seconds};
  line([&](const Column& c) { return Cell(c, total, 100.0, true); });
}

}  // namespace lzp::cli
