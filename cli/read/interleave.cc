// cli/read/interleave.cc — see interleave.h.
#include "cli/read/interleave.h"

#include <algorithm>
#include <cstring>

namespace lzp::cli {
namespace {
char* Put(char* p, std::string_view text) {
  if (!text.empty()) std::memcpy(p, text.data(), text.size());  // (an empty view may have no data at all)
  return p + text.size();
}
}  // namespace

bool Interleaver::Announced(pid_t tid, uint64_t enter) const {
  for (const TraceLine& a : announced_)
    if (a.tid == tid && a.enter == enter) return true;
  return false;
}

uint64_t Interleaver::AnnouncedAfter(pid_t tid, uint64_t after) const {
  uint64_t first = 0;
  for (const TraceLine& a : announced_)
    if (a.tid == tid && a.enter > after && (first == 0 || a.enter < first)) first = a.enter;
  return first;
}

void Interleaver::ForgetAnnounced(pid_t tid) {
  std::erase_if(announced_, [tid](const TraceLine& a) { return a.tid == tid; });
}

// The open line ends with `ending` (one piece).
void Interleaver::EndOpen(std::string_view ending) {
  OutputBlock& block = *block_;
  const size_t start = block.size();
  block.Append(ending);
  open_ = false;
  out_->PieceWritten(start);
}

void Interleaver::CloseOpenLine() {
  if (open_) EndOpen(" <unfinished ...>\n");
}

// A whole line of task `tid` (prefix, `text`, `ending`), after closing an open one.
void Interleaver::WriteLine(pid_t tid, uint64_t at, std::string_view text, std::string_view ending) {
  CloseOpenLine();
  OutputBlock& block = *block_;
  const size_t start = block.size();
  out_->WritePrefix(tid, at);
  block.Append(text);
  block.Append(ending);
  out_->PieceWritten(start);
}

void Interleaver::WritePoint(pid_t tid, uint64_t at, std::string_view text, bool task_gone) {
  WriteLine(tid, at, text, "\n");
  if (task_gone) {
    out_->TaskGone(tid);
    ForgetAnnounced(tid);
  }
}

// A call whose entry time is already written past: its entry now, unfinished.
void Interleaver::WriteUnfinished(pid_t tid, uint64_t enter, std::string_view head) {
  WriteLine(tid, enter, head, " <unfinished ...>\n");
}

// A call's entry: interrupts a line left open by another task, and stays
// open until its exit or another line comes.
void Interleaver::WriteEntry(pid_t tid, uint64_t enter, uint64_t exit, std::string_view head) {
  CloseOpenLine();
  OutputBlock& block = *block_;
  const size_t start = block.size();
  out_->WritePrefix(tid, enter);
  block.Append(head);
  open_width_ = block.size() - start;  // (before --color paints it)
  open_ = true;
  open_tid_ = tid;
  open_enter_ = enter;
  open_exit_ = exit;
  out_->PieceWritten(start);
}

// A call's exit: finishes its own open line, or resumes (under resume_tid,
// if set). Each is one piece, written at one Room of the block.
void Interleaver::WriteExit(const HeldLine& l) {
  const pid_t ender = l.resume_tid != 0 ? l.resume_tid : l.tid;
  OutputBlock& block = *block_;
  const std::string_view name = l.Name(arena_), tail = l.Tail(arena_), result = l.Result(arena_);
  const bool on_its_line =
      open_ && ender == l.tid && open_tid_ == l.tid && open_enter_ == l.enter && open_exit_ == l.exit;
  if (!on_its_line) CloseOpenLine();
  const size_t start = block.size();
  size_t width = open_width_;  // what the line holds before the tail (-a pads after it)
  if (!on_its_line) {
    out_->WritePrefix(ender, l.exit);
    width = block.size() - start + name.size() + sizeof("<...  resumed>") - 1;
  }
  width += tail.size() + 1;
  const size_t pad = width < column_ ? column_ - width : 0;
  char* p = block.Room(name.size() + tail.size() + pad + result.size() + sizeof("<...  resumed> \n"));
  if (!on_its_line) p = Put(Put(Put(p, "<... "), name), " resumed>");
  p = Put(p, tail);
  *p++ = ' ';
  p = static_cast<char*>(std::memset(p, ' ', pad)) + pad;
  p = Put(p, result);
  *p++ = '\n';
  block.Keep(p);
  open_ = false;
  out_->PieceWritten(start);
}

void Interleaver::Announce(TraceLine head_only) {
  if (Announced(head_only.tid, head_only.enter)) return;
  head_only.syscall = true;
  head_only.entered = false;
  head_only.exit = kNoEntryDue;  // not known yet
  if (head_only.enter < flushed_to_) {  // (announced late: its place is already written past)
    WriteUnfinished(head_only.tid, head_only.enter, head_only.head);
    head_only.entered = true;
  }
  announced_.push_back(std::move(head_only));
}

// A held line of what `line` says, its text at the arena's end.
Interleaver::HeldLine Interleaver::Held(const WrittenLine& line) const {
  HeldLine held{};
  held.tid = line.tid;
  held.resume_tid = line.resume_tid;
  held.enter = line.enter;
  held.exit = line.exit;
  held.syscall = true;
  held.text = arena_.End();
  held.name = line.name;
  held.head = line.head;
  held.tail = line.tail;
  held.result = line.result;
  return held;
}

bool Interleaver::LetGoAnnounced(pid_t tid, uint64_t enter) {
  Flush(~uint64_t{0});
  std::erase_if(announced_, [&](const TraceLine& a) { return a.tid == tid && a.enter == enter; });
  return open_ && open_tid_ == tid && open_enter_ == enter;
}

bool Interleaver::EndOpenLine(pid_t tid, uint64_t enter, std::string_view text) {
  if (!open_ || open_tid_ != tid || open_enter_ != enter) return false;
  EndOpen(text);
  return true;
}

void Interleaver::Add(const TraceLine& line) {
  char* p = arena_.Room(line.name.size() + line.head.size() + line.tail.size() + line.result.size());
  for (const std::string* part : {&line.name, &line.head, &line.tail, &line.result}) {
    std::memcpy(p, part->data(), part->size());
    p += part->size();
  }
  auto size = [](const std::string& part) { return static_cast<uint32_t>(part.size()); };
  HeldLine held = Held({line.tid, line.enter, line.exit, line.resume_tid, size(line.name), size(line.head),
                        size(line.tail), size(line.result)});
  held.syscall = line.syscall;
  held.task_gone = line.task_gone;
  held.entered = line.entered;
  Accept(held);
}

void Interleaver::AddWritten(const WrittenLine& line) { Accept(Held(line)); }

// A syscall's record for a call that was announced: its head is written
// already (it only finishes it), or, cut short by its task's death, it knows
// no head of its own and takes the announced one.
void Interleaver::TakeAnnounced(HeldLine& line) {
  for (auto a = announced_.begin(); a != announced_.end(); ++a) {
    if (a->tid != line.tid || a->enter != line.enter) continue;
    if (a->entered) {
      line.entered = true;
      if (open_ && open_tid_ == line.tid && open_enter_ == line.enter) open_exit_ = line.exit;
    } else if (line.head == 0) {
      std::string text;  // its parts again, with the announced head (copied: Room writes where they are)
      text.append(line.Name(arena_)).append(a->head).append(line.Tail(arena_)).append(line.Result(arena_));
      std::memcpy(arena_.Room(text.size()), text.data(), text.size());
      line.head = static_cast<uint32_t>(a->head.size());
    }
    announced_.erase(a);
    return;
  }
}

void Interleaver::Accept(HeldLine line) {
  if (line.exit > newest_exit_) newest_exit_ = line.exit;
  if (line.syscall && !announced_.empty()) TakeAnnounced(line);
  if (line.enter < flushed_to_ && !line.entered) {
    // It entered before what is already written: strace would have shown its
    // entry then. Show it now, unfinished; its end follows in time order.
    if (!line.syscall) return WritePoint(line.tid, line.enter, line.Head(arena_), line.task_gone);
    WriteUnfinished(line.tid, line.enter, line.Head(arena_));
    line.entered = true;
  }
  arena_.Commit(line.name + line.head + line.tail + line.result);
  entry_due_.push_back(line.syscall && !line.entered ? line.enter : kNoEntryDue);
  held_.push_back(line);
  // Flush in batches: when a quarter of a window of trace time has passed
  // since the last one.
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
  if ((first_held_ == held_.size() && announced_.empty()) || horizon <= flushed_to_) return;
  // Records arrive in exit order, so the lines that end before the horizon
  // come first in held_; after them, only entries (of calls still running at
  // the horizon) are due. Everything due is written in time order.
  size_t done = first_held_;
  while (done < held_.size() && held_[done].exit < horizon) ++done;
  // Each run is sized for the most it can hold, written, then cut to what it got.
  ended_.resize(done - first_held_);
  entries_.resize(held_.size() - first_held_);
  announced_entries_.clear();
  InterleaveEvent* ended = ended_.data();
  InterleaveEvent* entries = entries_.data();
  for (size_t i = first_held_; i < done; ++i) {
    const HeldLine& l = held_[i];
    if (!l.syscall) {
      *ended++ = {l.enter, InterleaveEvent::kPoint, i};
      continue;
    }
    if (!l.entered) *entries++ = {l.enter, InterleaveEvent::kEntry, i};
    *ended++ = {l.exit, InterleaveEvent::kExit, i};
  }
  for (size_t i = done; i < held_.size(); ++i)  // still running at the horizon: at most its entry
    if (entry_due_[i] < horizon) *entries++ = {entry_due_[i], InterleaveEvent::kEntry, i};
  ended_.resize(static_cast<size_t>(ended - ended_.data()));
  entries_.resize(static_cast<size_t>(entries - entries_.data()));
  for (size_t i = 0; i < announced_.size(); ++i)
    if (!announced_[i].entered && announced_[i].enter < horizon)
      announced_entries_.push_back({announced_[i].enter, InterleaveEvent::kAnnouncedEntry, i});
  VisitInOrder(ended_, entries_, announced_entries_, [this](const InterleaveEvent& e) {
    if (e.kind == InterleaveEvent::kAnnouncedEntry) {
      if (e.line >= announced_.size()) return;  // (its task ended earlier in this flush)
      TraceLine& a = announced_[e.line];
      WriteEntry(a.tid, a.enter, a.exit, a.head);
      a.entered = true;
      return;
    }
    HeldLine& l = held_[e.line];
    switch (e.kind) {
      case InterleaveEvent::kEntry:
        WriteEntry(l.tid, l.enter, l.exit, l.Head(arena_));
        l.entered = true;
        entry_due_[e.line] = kNoEntryDue;
        break;
      case InterleaveEvent::kExit:
        WriteExit(l);
        break;
      default:  // a signal or exit line
        WritePoint(l.tid, l.enter, l.Head(arena_), l.task_gone);
    }
  });
  // What was written is let go: its text, and its place once it is most of held_.
  first_held_ = done;
  arena_.Release(done < held_.size() ? held_[done].text : arena_.End());
  if (first_held_ == held_.size()) {
    held_.clear();
    entry_due_.clear();
    first_held_ = 0;
  } else if (first_held_ > held_.size() / 2) {
    held_.erase(held_.begin(), held_.begin() + static_cast<long>(first_held_));
    entry_due_.erase(entry_due_.begin(), entry_due_.begin() + static_cast<long>(first_held_));
    first_held_ = 0;
  }
  // Written up to the horizon; after FlushAll, up to the last line written
  // (not "forever": lines keep coming when tasks interleave again).
  flushed_to_ = horizon == ~uint64_t{0} ? newest_exit_ : horizon;
}

}  // namespace lzp::cli
