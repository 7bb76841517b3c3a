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
  if (l.task_gone) {
    gone_(l.tid);
    ForgetAnnounced(l.tid);
  }
}

bool Interleaver::Announced(pid_t tid, uint64_t enter) const {
  for (const TraceLine& a : announced_)
    if (a.tid == tid && a.enter == enter) return true;
  return false;
}

void Interleaver::Announce(TraceLine head_only) {
  if (Announced(head_only.tid, head_only.enter)) return;
  head_only.syscall = true;
  head_only.entered = false;
  head_only.exit = kNoEntryDue;  // not known yet
  if (head_only.enter < flushed_to_) {  // (announced late: its place is already written past)
    CloseOpenLine();
    Write(head_only.tid, prefix_(head_only.tid, head_only.enter) + head_only.head + " <unfinished ...>\n");
    head_only.entered = true;
  }
  announced_.push_back(std::move(head_only));
}

void Interleaver::ForgetAnnounced(pid_t tid) {
  std::erase_if(announced_, [tid](const TraceLine& a) { return a.tid == tid; });
}

bool Interleaver::LetGoAnnounced(pid_t tid, uint64_t enter) {
  Flush(~uint64_t{0});
  std::erase_if(announced_, [&](const TraceLine& a) { return a.tid == tid && a.enter == enter; });
  return open_ && open_line_.tid == tid && open_line_.enter == enter;
}

bool Interleaver::EndOpenLine(pid_t tid, uint64_t enter, const std::string& text) {
  if (!open_ || open_line_.tid != tid || open_line_.enter != enter) return false;
  Write(tid, text);
  open_ = false;
  return true;
}

void Interleaver::Add(TraceLine line) {
  if (line.exit > newest_exit_) newest_exit_ = line.exit;
  if (line.syscall && !announced_.empty()) {
    for (auto a = announced_.begin(); a != announced_.end(); ++a) {
      if (a->tid != line.tid || a->enter != line.enter) continue;
      if (a->entered) {  // its head is written: this line only finishes it
        line.entered = true;
        if (open_ && open_line_.tid == line.tid && open_line_.enter == line.enter) open_line_.exit = line.exit;
      } else if (line.head.empty()) {  // (a call cut short by its task's death knows no head of its own)
        line.head = std::move(a->head);
      }
      announced_.erase(a);
      break;
    }
  }
  if (line.enter < flushed_to_ && !line.entered) {
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

// A call's entry: interrupts a line left open by another task, and stays
// open until its exit or another line comes.
void Interleaver::WriteEntry(TraceLine& l) {
  CloseOpenLine();
  std::string head = prefix_(l.tid, l.enter) + l.head;
  Write(l.tid, head);
  l.entered = true;
  open_ = true;
  open_line_.tid = l.tid;
  open_line_.enter = l.enter;
  open_line_.exit = l.exit;
  open_line_.head = std::move(head);
}

void Interleaver::Flush(uint64_t horizon) {
  if ((held_.empty() && announced_.empty()) || horizon <= flushed_to_) return;
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
  for (size_t i = 0; i < announced_.size(); ++i)
    if (!announced_[i].entered && announced_[i].enter < horizon) events.push_back({announced_[i].enter, 3, i});
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    return a.time != b.time ? a.time < b.time : a.kind < b.kind;
  });
  for (const Event& e : events) {
    if (e.kind == 3) {
      WriteEntry(announced_[e.line]);
      continue;
    }
    TraceLine& l = held_[e.line];
    switch (e.kind) {
      case 0:
        WriteEntry(l);
        entry_due_[e.line] = kNoEntryDue;
        break;
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
