// cli/read/interleave.h — strace's "<unfinished ...>" / "<... resumed>" lines.
//
// The interposer records a syscall when it returns, with its entry and exit
// times. strace prints the call at entry and its result at exit, so when
// another task's line falls in between, the call shows as two lines:
//   [pid 11] wait4(-1,  <unfinished ...>
//   [pid 12] write(1, "x", 1)             = 1
//   [pid 11] <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 12
// The Interleaver holds lines for a short window of trace time (records come
// in exit order, so a call that entered earlier may still arrive), replays
// the entries, exits and point lines in time order, and writes strace's
// shapes. A call longer than the window is announced while it still runs
// (Announce: cli/read/blocked_calls.h reads it from its task's in-flight
// slot), so its entry is written in its place, and a call that blocks for
// good shows as strace shows it ("read(0, "). A long call nobody announced
// (its entry already written past) is written "<unfinished ...>" when it
// arrives.
//
// Cost (issue 12): a held line is a small fixed record (HeldLine) whose text
// (name, head, tail, result back to back) lies in one arena (cli/read/
// line_arena.h); the printer's common lines are written straight into it
// (LineRoom, then AddWritten), others are copied from a TraceLine (Add). A
// flush visits the due entries, exits and point lines in order by merging
// them (cli/read/event_merge.h), and writes each piece into the output's block
// (InterleaveOutput), with the task's prefix written in place.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/print/output_block.h"
#include "cli/read/event_merge.h"
#include "cli/read/line_arena.h"

namespace lzp::cli {

// How long (in TSC ticks, ~10 ms at 2 GHz) lines wait for a call that entered
// before them and has not returned yet; a call running longer is announced.
inline constexpr uint64_t kInterleaveWindowTicks = 20'000'000;

// A line as its parts, for Add and Announce (the uncommon lines).
struct TraceLine {
  pid_t tid = 0;
  uint64_t enter = 0, exit = 0;  // TSC; equal for point lines (signals, exits)
  bool syscall = false;
  bool task_gone = false;                 // a "+++ exited" line: the task is gone once it is written
  std::string name;                       // syscall name, for "<... name resumed>"
  std::string head;                       // "name(arg, " (syscall) or the whole text (point line)
  std::string tail;                       // "arg, arg)"
  std::string result;                     // "= 3", with any " <0.000010>"
  pid_t resume_tid = 0;                   // the task its end is shown under, if not `tid` (a thread's execve)
  bool entered = false;                   // its head is written (Interleaver's use)
};

// What a line written at LineRoom is: its times and the sizes of its parts.
struct WrittenLine {
  pid_t tid = 0;
  uint64_t enter = 0, exit = 0;
  pid_t resume_tid = 0;
  uint32_t name = 0, head = 0, tail = 0, result = 0;  // bytes of each part, back to back at LineRoom
};

// Where the interleaver's text goes: each piece is appended to Block() (one
// block for the interleaver's life); the
// task's line prefix ("[pid  12] ", times) is appended by WritePrefix;
// PieceWritten is told where each piece began (--color paints it; an
// unbuffered output writes the block out, a buffered one once it is full);
// TaskGone when a task's exit line is written.
class InterleaveOutput {
 public:
  virtual ~InterleaveOutput() = default;
  virtual OutputBlock& Block() = 0;
  virtual void WritePrefix(pid_t tid, uint64_t tsc) = 0;
  virtual void PieceWritten(size_t piece_start) = 0;
  virtual void TaskGone(pid_t tid) = 0;
};

class Interleaver {
 public:
  // `column` is -a.
  Interleaver(InterleaveOutput* out, size_t column, uint64_t window_ticks)
      : out_(out), block_(&out->Block()), column_(column), window_(window_ticks) {}

  void Add(const TraceLine& line);
  // The common syscall line without a copy: its text (name, head, tail,
  // result back to back, `bytes` at most) is written at LineRoom, then
  // AddWritten says what it is.
  char* LineRoom(size_t bytes) { return arena_.Room(bytes); }
  void AddWritten(const WrittenLine& line);
  // A call still running, its head only: its entry is written in time order
  // like a held line's; the call's own line, when Add gets it (same task,
  // same entry time), finishes it instead of starting another.
  void Announce(TraceLine head_only);
  bool HasAnnouncements() const { return !announced_.empty(); }
  // Was a call of task `tid` entered at `enter` announced (and is still awaited)?
  bool Announced(pid_t tid, uint64_t enter) const;
  // The entry time of `tid`'s earliest announced call that entered after
  // `after` (a restarted call's head, cli/print/trace_printer.h's
  // EnteredAfterPrevious); 0 if none.
  uint64_t AnnouncedAfter(pid_t tid, uint64_t after) const;
  // Task `tid` is gone: its announced calls will not be finished by Add.
  void ForgetAnnounced(pid_t tid);
  // -p lets task `tid` go inside its announced call entered at `enter`:
  // everything held is written (the call's head included), and the call is
  // no longer awaited. True if its line is the one still open, which strace
  // ends " <detached ...>" (EndOpenLine); one closed by another task's line
  // gets nothing more.
  bool LetGoAnnounced(pid_t tid, uint64_t enter);
  // Ends the open line of the call `tid` entered at `enter` with `text`
  // (no padding, no result); false if that line is not the open one.
  bool EndOpenLine(pid_t tid, uint64_t enter, std::string_view text);
  // Writes everything that happened before `now - window` (TSC).
  void FlushBefore(uint64_t now);
  void FlushAll();

 private:
  // A held line: its text is in arena_ at `text` (absolute offset).
  struct HeldLine {
    uint64_t enter, exit;
    uint64_t text;
    uint32_t name, head, tail, result;  // sizes of the parts
    pid_t tid, resume_tid;
    bool syscall, task_gone, entered;
    std::string_view Name(const LineArena& a) const { return a.View(text, name); }
    std::string_view Head(const LineArena& a) const { return a.View(text + name, head); }
    std::string_view Tail(const LineArena& a) const { return a.View(text + name + head, tail); }
    std::string_view Result(const LineArena& a) const { return a.View(text + name + head + tail, result); }
  };
  HeldLine Held(const WrittenLine& line) const;
  void Accept(HeldLine line);  // its text at arena_.End(), not committed yet
  void TakeAnnounced(HeldLine& line);
  void WriteEntry(pid_t tid, uint64_t enter, uint64_t exit, std::string_view head);
  void WriteUnfinished(pid_t tid, uint64_t enter, std::string_view head);
  void WriteExit(const HeldLine& l);
  void CloseOpenLine();
  void EndOpen(std::string_view ending);
  void WriteLine(pid_t tid, uint64_t at, std::string_view text, std::string_view ending);
  void WritePoint(pid_t tid, uint64_t at, std::string_view text, bool task_gone);
  void Flush(uint64_t horizon);

  InterleaveOutput* out_;
  OutputBlock* block_;  // out_->Block(), asked once
  size_t column_;
  uint64_t window_;
  LineArena arena_;
  // Held lines in arrival (exit) order: held_[first_held_] onwards.
  std::vector<HeldLine> held_;
  size_t first_held_ = 0;
  // For each held line, the time of its entry while that is still to be
  // written (else kNoEntryDue): Flush looks through the lines still running
  // for due entries, and reads these 8 bytes instead of each whole line.
  static constexpr uint64_t kNoEntryDue = ~uint64_t{0};
  std::vector<uint64_t> entry_due_;
  uint64_t newest_exit_ = 0;  // trace time: the latest exit seen
  uint64_t flushed_to_ = 0;   // everything before this is written
  // The line whose head was written last and whose end is not yet.
  bool open_ = false;
  pid_t open_tid_ = 0;
  uint64_t open_enter_ = 0, open_exit_ = 0;
  size_t open_width_ = 0;  // bytes of its prefix and head (-a's padding counts them)
  std::vector<TraceLine> announced_;  // calls still running, in the order announced (few: one per blocked task)
  // A flush's events (reused: no allocation per flush).
  EventRun ended_, entries_, announced_entries_;
};

}  // namespace lzp::cli
