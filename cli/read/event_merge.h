// cli/read/event_merge.h — the order in which a flush of the interleaver
// writes its events: by time, and at equal times entries, then exits, then
// point lines (signals, ends), then announced entries; events of one kind at
// the same time keep the order in which they were listed.
//
// That is a stable sort by (time, kind). A flush lists three runs, each of
// fixed kinds: the exits and point lines of the lines that ended (listed in
// arrival order, which is exit order: already sorted as a rule), the due
// entries (nearly sorted: in exit order too), and the announced entries
// (few). Each run is stable-sorted (SortRun: cheaply when nearly in order), then the runs
// are merged as they are visited: linear time where a sort of all of them
// was n log n, and no list of the merged order. Events of different runs
// never tie (their kinds differ), so the order is the one a stable sort of
// their concatenation gives.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "cli/read/byte_buffer.h"

namespace lzp::cli {

struct InterleaveEvent {
  enum Kind : int { kEntry = 0, kExit = 1, kPoint = 2, kAnnouncedEntry = 3 };
  uint64_t time;
  int kind;
  size_t line;  // index of its held line (of its announcement for kAnnouncedEntry)
};

using EventRun = std::vector<InterleaveEvent, NoZeroFill<InterleaveEvent>>;  // (resized, then written)

struct EventBefore {  // (a type, not a function pointer: the sorts inline it)
  bool operator()(const InterleaveEvent& a, const InterleaveEvent& b) const {
    return a.time != b.time ? a.time < b.time : a.kind < b.kind;
  }
};

// A stable sort of a run that is nearly in order: insertion, while it moves
// few events (a call that overlapped a few others); a stable sort of the
// rest when it would move many (insertion never moves an event past an
// equal one, so what it did leaves the stable sort's result as it was).
inline void SortRun(EventRun& run) {
  size_t budget = 4 * run.size() + 64;
  for (size_t i = 1; i < run.size(); ++i) {
    if (!EventBefore{}(run[i], run[i - 1])) continue;
    const InterleaveEvent moving = run[i];
    size_t j = i;
    for (; j > 0 && EventBefore{}(moving, run[j - 1]) && budget > 0; --j, --budget) run[j] = run[j - 1];
    run[j] = moving;
    if (budget == 0) return std::stable_sort(run.begin(), run.end(), EventBefore{});
  }
}

// Calls `visit` with each event of the three runs in that order; the runs
// are reordered (each sorted).
template <typename Visit>
void VisitInOrder(EventRun& ended, EventRun& entries, EventRun& announced, Visit&& visit) {
  for (EventRun* run : {&ended, &entries, &announced}) SortRun(*run);
  using Before = EventBefore;
  // A three-way merge, taking the earliest head each time (no two heads tie).
  const InterleaveEvent *a = ended.data(), *a_end = a + ended.size();
  const InterleaveEvent *b = entries.data(), *b_end = b + entries.size();
  const InterleaveEvent *c = announced.data(), *c_end = c + announced.size();
  while (a != a_end || b != b_end || c != c_end) {
    const InterleaveEvent** next = a != a_end ? &a : b != b_end ? &b : &c;
    if (b != b_end && Before{}(*b, **next)) next = &b;
    if (c != c_end && Before{}(*c, **next)) next = &c;
    visit(*(*next)++);
  }
}

}  // namespace lzp::cli
