// cli/summary/summary.cc — the -c table in strace 6.1's layout:
//   % time     seconds  usecs/call     calls    errors syscall
// (-U chooses and orders the columns, adding shortest/longest), rows sorted
// by -S (time by default; ties keep syscall-number order), then a total row.
// The tracees count per call either the thread's CPU time (strace's system
// time, the default) or, with -w, wall time (tracer/call_counter.cc).
#include "cli/summary/summary.h"

#include <algorithm>
#include <vector>

#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

struct Row {
  int nr;
  std::string name;
  uint64_t calls, errors;
  double seconds, min_seconds, max_seconds;
};

// One column of the table: its header, width and how a row prints in it.
struct Column {
  const char* key;
  const char* header;
  int width;
  bool left;  // left-aligned (the name)
};
const Column kColumns[] = {
    {"time-percent", "% time", 6, false}, {"min-time", "shortest", 8, false}, {"max-time", "longest", 8, false},
    {"total-time", "seconds", 11, false}, {"avg-time", "usecs/call", 11, false}, {"calls", "calls", 9, false},
    {"errors", "errors", 9, false},       {"name", "syscall", 16, true},
};
const char* const kDefaultColumns[] = {"time-percent", "total-time", "avg-time", "calls", "errors", "name"};
// strace's other spellings, for -U and -S alike.
const std::pair<const char*, const char*> kAliases[] = {
    {"time", "time-percent"}, {"time_percent", "time-percent"}, {"percent", "time-percent"},
    {"time-total", "total-time"}, {"total_time", "total-time"}, {"avg_time", "avg-time"}, {"time-avg", "avg-time"},
    {"shortest", "min-time"}, {"time-min", "min-time"}, {"longest", "max-time"}, {"time-max", "max-time"},
    {"count", "calls"}, {"error", "errors"}, {"syscall", "name"}, {"syscall-name", "name"}, {"none", "nothing"}};

std::string Canonical(const std::string& key) {
  for (auto& [alias, real] : kAliases)
    if (key == alias) return real;
  return key;
}

const Column* FindColumn(const std::string& key) {
  std::string k = Canonical(key);
  for (const Column& c : kColumns)
    if (k == c.key) return &c;
  return nullptr;
}

std::string Cell(const Column& c, const Row& r, double percent, bool total) {
  char buf[64];
  std::string key = c.key;
  if (key == "time-percent") std::snprintf(buf, sizeof(buf), "%6.2f", percent);
  else if (key == "min-time") std::snprintf(buf, sizeof(buf), "%8.6f", r.min_seconds);
  else if (key == "max-time") std::snprintf(buf, sizeof(buf), "%8.6f", r.max_seconds);
  else if (key == "total-time") std::snprintf(buf, sizeof(buf), "%11.6f", r.seconds);
  else if (key == "avg-time") std::snprintf(buf, sizeof(buf), "%11lu", static_cast<unsigned long>(r.calls ? std::min(r.seconds * 1e6 / r.calls, 1e18) : 0));  // (counters are untrusted)
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
  if (std::find(columns->begin(), columns->end(), "name") == columns->end()) columns->push_back("name");
  return true;
}

bool ValidSortKey(const std::string& s) {
  std::string k = Canonical(s);
  return k == "time-percent" || k == "total-time" || k == "min-time" || k == "max-time" || k == "avg-time" ||
         k == "calls" || k == "errors" || k == "name" || k == "nothing";
}

void PrintSummary(FILE* out, const proto::SyscallCounter* counters, double units_per_second, const std::string& sort_by,
                  const std::vector<std::string>& columns) {
  std::vector<Row> rows;
  Row total{0, "total", 0, 0, 0, 0, 0};
  bool any = false;
  auto seconds = [&](uint64_t units) { return units_per_second > 0 ? units / units_per_second : 0; };
  for (uint32_t nr = 0; nr < proto::kCounterCount; ++nr) {
    const proto::SyscallCounter& c = counters[nr];
    uint64_t calls = c.calls.load(std::memory_order_relaxed);
    if (calls == 0) continue;
    uint64_t min = c.min_time.load(std::memory_order_relaxed);
    Row r{static_cast<int>(nr), SyscallName(nr), calls, c.errors.load(std::memory_order_relaxed),
          seconds(c.time.load(std::memory_order_relaxed)), min == ~0ull ? 0 : seconds(min),
          seconds(c.max_time.load(std::memory_order_relaxed))};
    total.min_seconds = any ? std::min(total.min_seconds, r.min_seconds) : r.min_seconds;
    total.max_seconds = std::max(total.max_seconds, r.max_seconds);
    total.seconds += r.seconds;
    total.calls += r.calls;
    total.errors += r.errors;
    any = true;
    rows.push_back(std::move(r));
  }
  auto by = [&](auto key) { std::stable_sort(rows.begin(), rows.end(), key); };
  auto avg = [](const Row& r) { return r.seconds / static_cast<double>(r.calls); };
  std::string key = Canonical(sort_by);
  if (key == "calls") by([](const Row& a, const Row& b) { return a.calls > b.calls; });
  else if (key == "errors") by([](const Row& a, const Row& b) { return a.errors > b.errors; });
  else if (key == "name") by([](const Row& a, const Row& b) { return a.name < b.name; });
  else if (key == "min-time") by([](const Row& a, const Row& b) { return a.min_seconds > b.min_seconds; });
  else if (key == "max-time") by([](const Row& a, const Row& b) { return a.max_seconds > b.max_seconds; });
  else if (key == "avg-time") by([&](const Row& a, const Row& b) { return avg(a) > avg(b); });
  else if (key != "nothing") by([](const Row& a, const Row& b) { return a.seconds > b.seconds; });

  std::vector<const Column*> shown;
  for (const std::string& column : columns)
    if (const Column* c = FindColumn(column)) shown.push_back(c);
  if (shown.empty())
    for (const char* column : kDefaultColumns) shown.push_back(FindColumn(column));
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
    double percent = total.seconds > 0 ? 100.0 * r.seconds / total.seconds : 0;
    line([&](const Column& c) { return Cell(c, r, percent, false); });
  }
  line([](const Column& c) { return std::string(c.width, '-'); });
  line([&](const Column& c) { return Cell(c, total, 100.0, true); });
}

}  // namespace lzp::cli
