// cli/read/interleave.cc — see interleave.h.
#include "cli/read/interleave.h"

#include <algorithm>
#include <vector>

namespace lzp::cli {

void Interleaver::Write(pid_t tid, const std::string& text) {
  if (!paint_) {
    std::fwrite(text.data(), 1, text.size(), out_for_(tid));
    return;
  }
  std::string painted = paint_(text);
  std::fwrite(painted.data(), 1, painted.size(), out_for_(tid));
}

std::string Padded(std::string text, size_t column) {
  if (text.size() < column) text.append(column - text.size(), ' ');
  return text;
}

void Interleaver::CloseOpenLine() {
  if (!open_) return;
  Write(open_line_.tid, " <unfinished ...>\n");
  open_ = false;
}

void Interleaver::WritePoint(const TraceLine& l) {
  CloseOpenLine();
  Write(l.tid, prefix_(l.tid, l.enter) + l.head + (l.open_end ? "" : "\n"));
  if (l.task_gone) gone_(l.tid);
}

void Interleaver::Add(TraceLine line) {
  if (line.exit > newest_exit_) newest_exit_ = line.exit;
  if (line.enter < flushed_to_) {
    // It entered before what is already written: strace would have shown its
    // entry then. Show it now, unfinished; its end follows in time order.
    if (!line.syscall) {
      WritePoint(line);
      return;
    }
    CloseOpenLine();
    Write(line.tid, prefix_(line.tid, line.enter) + line.head + " <unfinished ...>\n");
    line.entered = true;
  }
  entry_due_.push_back(line.syscall && !line.entered ? line.enter : kNoEntryDue);
  held_.push_back(std::move(line));
  // Flush in batches (each flush sorts what it holds): when a quarter of a
  // window of trace time has passed since the last one.
  if (newest_exit_ > window_ && newest_exit_ - window_ > flushed_to_ + window_ / 4) Flush(newest_exit_ - window_);
}

void Interleaver::FlushBefore(uint64_t now) {
  if (now > window_) Flush(now - window_);
}

void Interleaver::FlushAll() {
  Flush(~uint64_t{0});
  CloseOpenLine();
}

void Interleaver::Flush(uint64_t horizon) {
  if (held_.empty() || horizon <= flushed_to_) return;
  // Records arrive in exit order, so the lines that end before the horizon
  // are a prefix of held_; after it, only entries (of calls still running at
  // the horizon) are due. Everything due is written in time order.
  size_t done = 0;
  while (done < held_.size() && held_[done].exit < horizon) ++done;
  std::vector<Event> events;
  events.reserve(2 * done + 8);
  for (size_t i = 0; i < done; ++i) {
    const TraceLine& l = held_[i];
    if (!l.syscall) {
      events.push_back({l.enter, 2, i});
      continue;
    }
    if (!l.entered) events.push_back({l.enter, 0, i});
    events.push_back({l.exit, 1, i});
  }
  for (size_t i = done; i < held_.size(); ++i)  // still running at the horizon: at most its entry
    if (entry_due_[i] < horizon) events.push_back({entry_due_[i], 0, i});
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    return a.time != b.time ? a.time < b.time : a.kind < b.kind;
  });
  for (const Event& e : events) {
    TraceLine& l = held_[e.line];
    switch (e.kind) {
      case 0: {  // entry: interrupts a line left open by another task
        CloseOpenLine();
        std::string head = prefix_(l.tid, l.enter) + l.head;
        Write(l.tid, head);
        l.entered = true;
        entry_due_[e.line] = kNoEntryDue;
        open_ = true;
        open_line_.tid = l.tid;
        open_line_.enter = l.enter;
        open_line_.exit = l.exit;
        open_line_.head = std::move(head);
        break;
      }
      case 1: {  // exit: finishes its own open line, or resumes (under resume_tid, if set)
        pid_t ender = l.resume_tid != 0 ? l.resume_tid : l.tid;
        if (open_ && ender == l.tid && open_line_.tid == l.tid && open_line_.enter == l.enter && open_line_.exit == l.exit) {
          size_t width = open_line_.head.size() + l.tail.size() + 1;
          std::string pad = width < column_ ? std::string(column_ - width, ' ') : "";
          Write(l.tid, l.tail + " " + pad + l.result + "\n");
          open_ = false;
        } else {
          CloseOpenLine();
          Write(ender, Padded(prefix_(ender, l.exit) + "<... " + l.name + " resumed>" + l.tail + " ", column_) + l.result + "\n");
        }
        break;
      }
      default:  // a signal or exit line
        WritePoint(l);
    }
  }
  held_.erase(held_.begin(), held_.begin() + static_cast<long>(done));
  entry_due_.erase(entry_due_.begin(), entry_due_.begin() + static_cast<long>(done));
  // Written up to the horizon; after FlushAll, up to the last line written
  // (not "forever": lines keep coming when tasks interleave again).
  flushed_to_ = horizon == ~uint64_t{0} ? newest_exit_ : horizon;
}

}  // namespace lzp::cli
