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
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <cstdio>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace lzp::cli {

// How long (in TSC ticks, ~10 ms at 2 GHz) lines wait for a call that entered
// before them and has not returned yet; a call running longer is announced.
inline constexpr uint64_t kInterleaveWindowTicks = 20'000'000;

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
  bool open_end = false;                  // a point line written without its newline (the trace's last, -p)
  bool entered = false;                   // its head is written (Interleaver's use)
};

class Interleaver {
 public:
  // `out_for(tid)` is where a task's lines go, `prefix(tid, tsc)` what starts
  // its lines when written ("[pid  12] ", times), `gone(tid)` is called when a
  // task's exit line is written; `column` is -a.
  Interleaver(std::function<FILE*(pid_t)> out_for, std::function<std::string(pid_t, uint64_t)> prefix,
              std::function<void(pid_t)> gone, size_t column, uint64_t window_ticks)
      : out_for_(std::move(out_for)), prefix_(std::move(prefix)), gone_(std::move(gone)), column_(column),
        window_(window_ticks) {}

  // --color: what each piece of text becomes before it is written.
  void SetPaint(std::function<std::string(std::string_view)> paint) { paint_ = std::move(paint); }

  void Add(TraceLine line);
  // A call still running, its head only: its entry is written in time order
  // like a held line's; the call's own line, when Add gets it (same task,
  // same entry time), finishes it instead of starting another.
  void Announce(TraceLine head_only);
  bool HasAnnouncements() const { return !announced_.empty(); }
  // Was a call of task `tid` entered at `enter` announced (and is still awaited)?
  bool Announced(pid_t tid, uint64_t enter) const;
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
  bool EndOpenLine(pid_t tid, uint64_t enter, const std::string& text);
  // Writes everything that happened before `now - window` (TSC).
  void FlushBefore(uint64_t now);
  void FlushAll();

 private:
  struct Event { uint64_t time; int kind; size_t line; };  // kind: 0 entry, 1 exit, 2 point, 3 announced entry
  void WriteEntry(TraceLine& l);
  void Write(pid_t tid, const std::string& text);
  void CloseOpenLine();
  void WritePoint(const TraceLine& l);
  void Flush(uint64_t horizon);

  std::function<FILE*(pid_t)> out_for_;
  std::function<std::string(pid_t, uint64_t)> prefix_;
  std::function<void(pid_t)> gone_;
  std::function<std::string(std::string_view)> paint_;
  size_t column_;
  uint64_t window_;
  std::deque<TraceLine> held_;
  // For each held line, the time of its entry while that is still to be
  // written (else kNoEntryDue): Flush looks through every held line for
  // due entries, and reads these 8 bytes instead of each whole line.
  static constexpr uint64_t kNoEntryDue = ~uint64_t{0};
  std::deque<uint64_t> entry_due_;
  uint64_t newest_exit_ = 0;  // trace time: the latest exit seen
  uint64_t flushed_to_ = 0;   // everything before this is written
  bool open_ = false;         // a call's head is written, its end not yet
  TraceLine open_line_;
  std::vector<TraceLine> announced_;  // calls still running, in the order announced (few: one per blocked task)
};

}  // namespace lzp::cli
