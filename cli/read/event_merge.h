// cli/read/event_merge.h — the order in which a flush of the interleaver
// writes its events: by time, and at equal times entries, then exits, then
// point lines (signals, ends), then announced entries; events of one kind at
// the same time keep the order in which they were listed.
//
// That is a stable sort by (time, kind). A flush lists three runs, each of
// fixed kinds: the exits and point lines of the lines that ended (listed in
// arrival order, which is exit order: already sorted as a rule), the due
// entries (nearly sorted: in exit order too), and the announced entries
// (few). Each run is stable-sorted only if it is out of order, then the runs
// are merged: linear time where a sort of all of them was n log n. Events
// of different runs never tie (their kinds differ), so the result is the
// one stable sort of their concatenation gives.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace lzp::cli {

struct InterleaveEvent {
  enum Kind : int { kEntry = 0, kExit = 1, kPoint = 2, kAnnouncedEntry = 3 };
  uint64_t time;
  int kind;
  size_t line;  // index of its held line (of its announcement for kAnnouncedEntry)
};

class EventMerge {
 public:
  // Orders `ended` (exits and points), `entries` and `announced` into the
  // returned list (valid until the next call); the three are reordered.
  const std::vector<InterleaveEvent>& Order(std::vector<InterleaveEvent>& ended, std::vector<InterleaveEvent>& entries,
                                            std::vector<InterleaveEvent>& announced) {
    SortRun(ended);
    SortRun(entries);
    SortRun(announced);
    if (announced.empty()) return Merge(ended, entries, &out_);
    Merge(ended, entries, &both_);
    return Merge(both_, announced, &out_);
  }

 private:
  struct Before {  // (a type, not a function pointer: the sorts and merges inline it)
    bool operator()(const InterleaveEvent& a, const InterleaveEvent& b) const {
      return a.time != b.time ? a.time < b.time : a.kind < b.kind;
    }
  };
  static void SortRun(std::vector<InterleaveEvent>& run) {
    if (!std::is_sorted(run.begin(), run.end(), Before{})) std::stable_sort(run.begin(), run.end(), Before{});
  }
  static const std::vector<InterleaveEvent>& Merge(const std::vector<InterleaveEvent>& a,
                                                   const std::vector<InterleaveEvent>& b,
                                                   std::vector<InterleaveEvent>* out) {
    out->resize(a.size() + b.size());
    std::merge(a.begin(), a.end(), b.begin(), b.end(), out->begin(), Before{});
    return *out;
  }

  std::vector<InterleaveEvent> both_, out_;
};

}  // namespace lzp::cli
