// cli/print/task_ends.cc — how traced tasks leave the trace, as strace reports it:
// a process detached at its execve (-b execve), a child killed by a signal
// (seen when its parent reaps it), and, at the end, every call a task was
// still in (from the in-flight slots: not those of tasks let go) and the main
// process's end.
#include <sys/wait.h>

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "cli/print/siginfo_format.h"
#include "cli/print/syscall_format.h"
#include "cli/print/trace_printer.h"

namespace lzp::cli {

// -b execve: the process leaves the trace at its exec; -p: lzptrace lets a
// task go in the middle of a call. strace ends its line " <detached ...>"
// (or leaves it unfinished when other tasks' lines follow); for -b execve
// it says so on stderr here (for -p, the companion says it).
void TracePrinter::Detach(const proto::SyscallRecord& rec, const Captures& captures) {
  pid_t tid = static_cast<pid_t>(rec.tid);
  if (Shows(rec) && Selected(rec, captures)) {
    bool others = live_.size() > 1;
    size_t at_entry = 0;  // only what strace had printed at the call's entry: "read(0,  <detached ...>"
    std::vector<std::string> args = FormatArguments(rec, captures, format_, &at_entry);
    if (!sinks_.empty()) TellSinks(rec, args, " <detached ...>", SyscallNumber(rec.nr) + Ip(&captures));
    std::string call = EntryHead(rec.nr, Ip(&captures), args, at_entry);
    if (!text_) {
      // --json alone: the sinks have it
    } else if (IsExec(rec.nr)) {
      PrintTextLine(tid, rec.tsc_enter, call + (others ? " <unfinished ...>" : " <detached ...>"));
    } else {
      // -p: the tasks are let go one after another; each line but the last
      // is left unfinished by the next one, as strace shows it (LetGo ends
      // the last). A call announced while it ran has its head written in its
      // place already: strace ends it " <detached ...>" only if it is still
      // the open line (a line written after it closes it "<unfinished ...>").
      if (interleaver_ && interleaver_->Announced(tid, rec.tsc_enter)) {
        // (a held line, written later, closes it "<unfinished ...>")
        if (interleaver_->LetGoAnnounced(tid, rec.tsc_enter) && !held_detach_)
          held_detach_ = HeldLine{tid, rec.tsc_enter, "", true};
      } else {
        if (held_detach_ && !held_detach_->written)
          PrintTextLine(held_detach_->tid, held_detach_->tsc, held_detach_->text + " <unfinished ...>");
        held_detach_ = HeldLine{tid, rec.tsc_enter, call};
      }
    }
  }
  if (IsExec(rec.nr)) SayToTerminal("detached", tid);
  live_.erase(tid);
  detached_.insert(tid);
  if (tid == main_pid_) main_exit_printed_ = true;  // its end is not ours to report
}

void TracePrinter::LetGoFromSlots() {
  for (proto::SyscallRecord rec : CutShort(0)) {
    rec.flags |= proto::kDetached;
    Detach(rec, Captures());
  }
  LetGo();
}

// The syscalls a killed task was in, from its in-flight slot (untrusted
// shared memory: only numbers are taken from it), oldest first: those of
// process `pid` (0: every process), or of task `only_tid` alone. Each task
// is reported once.
std::vector<proto::SyscallRecord> TracePrinter::CutShort(pid_t pid, pid_t only_tid) {
  std::vector<proto::SyscallRecord> cut_short;
  uint32_t count = slots_ == nullptr ? 0 : std::min(slot_next_->load(std::memory_order_acquire), proto::kInflightSlots);
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t tid = slots_[i].owner_tid.load(std::memory_order_acquire);
    uint32_t depth = slots_[i].active_depth.load(std::memory_order_acquire);
    if (tid == 0 || depth == 0 || depth > proto::kInflightDepth) continue;
    if (detached_.count(static_cast<pid_t>(tid))) continue;  // let go in it (-p): shown "<detached ...>"
    if ((pid != 0 && static_cast<pid_t>(slots_[i].pid) != pid) || (only_tid != 0 && static_cast<pid_t>(tid) != only_tid) ||
        consumed_slots_.count(i) || !reported_cut_short_.insert(tid).second)
      continue;
    consumed_slots_.insert(i);  // (a superseded leader's slot stays "in a call" for good)
    for (uint32_t d = 0; d < depth; ++d) {
      proto::SyscallRecord rec{};
      const proto::InflightEntry& e = slots_[i].entries[d];
      rec.pid = slots_[i].pid;
      rec.tid = tid;
      rec.nr = e.nr;
      for (int a = 0; a < 6; ++a) rec.args[a] = e.args[a];
      rec.tsc_enter = e.tsc_enter;
      rec.flags = proto::kNoReturn;
      cut_short.push_back(rec);
    }
  }
  std::sort(cut_short.begin(), cut_short.end(),
            [](const auto& a, const auto& b) { return a.tsc_enter < b.tsc_enter; });
  return cut_short;
}

// strace's line for a call its task died in: the arguments it had printed at
// entry, "<unfinished ...>" if some were left for the exit, and no result:
// "read(0,  <unfinished ...>) = ?", "kill(42, SIGKILL) = ?".
void TracePrinter::PrintCutShort(const proto::SyscallRecord& in_slot, uint64_t tsc) {
  proto::SyscallRecord rec = in_slot;  // (a restarted call's slot keeps an entry before the signal's line)
  rec.tsc_enter = EnteredAfterPrevious(static_cast<pid_t>(rec.tid), rec.tsc_enter, tsc);
  proto::SyscallRecord unreturned = rec;  // --filter: it has no result
  unreturned.flags |= proto::kNoReturn;
  if (!Shows(rec) || !Selected(unreturned, Captures())) return;
  size_t at_entry = 0;
  std::vector<std::string> args = FormatArguments(rec, Captures(), format_, &at_entry);
  static const std::string kUnknown = "= ?";
  if (at_entry >= args.size()) {  // nothing was left to print at exit: "kill(42, SIGKILL) = ?"
    proto::SyscallRecord at = rec;
    // From its entry (when the slot's time is plausible) to the end, so that
    // lines of other tasks in between split it as strace does:
    // "pause( <unfinished ...>" ... "<... pause resumed>) = ?".
    if (at.tsc_enter == 0 || at.tsc_enter > tsc) at.tsc_enter = tsc;
    at.tsc_exit = tsc;
    return PrintSyscall(at, Captures(), &kUnknown);
  }
  args.resize(at_entry);
  if (!sinks_.empty()) TellSinks(rec, args, kUnknown, SyscallNumber(rec.nr));  // (sinks never see "<unfinished ...>")
  if (!text_) return;
  pid_t tid = static_cast<pid_t>(rec.tid);
  if (interleaver_ && interleaver_->Announced(tid, rec.tsc_enter) && Interleaving()) {
    // Its entry was written while it ran (Announce): this ends it, on its
    // open line ("read(0,  <unfinished ...>) = ?") or resumed after others'
    // ("<... read resumed> <unfinished ...>) = ?"), as strace ends it.
    TraceLine line;
    line.tid = tid;
    line.syscall = true;
    line.enter = rec.tsc_enter;
    line.exit = std::max(tsc, rec.tsc_enter);
    line.name = SyscallName(rec.nr);  // (the head is the announced one: Add takes it)
    line.tail = " <unfinished ...>)";
    line.result = kUnknown;
    return interleaver_->Add(std::move(line));
  }
  if (interleaver_ && Interleaving() && rec.tsc_enter != 0 && rec.tsc_enter <= tsc) {
    // Not announced: its entry takes its place among the other tasks' lines
    // all the same, so that one written in between splits it as strace does
    // ("read(3,  <unfinished ...>" ... "<... read resumed> <unfinished ...>) = ?").
    TraceLine line;
    line.tid = tid;
    line.syscall = true;
    line.enter = rec.tsc_enter;
    line.exit = tsc;
    line.name = SyscallName(rec.nr);
    line.head = EntryHead(rec.nr, "", args, at_entry) + ", ";  // (args is cut to at_entry: its last comma)
    line.tail = " <unfinished ...>)";
    line.result = kUnknown;
    return interleaver_->Add(std::move(line));
  }
  std::string call = SyscallNumber(rec.nr) + SyscallName(rec.nr) + "(";
  for (size_t i = 0; i < at_entry; ++i) call += args[i] + ", ";
  call += " <unfinished ...>) ";
  // strace's column counts the task's prefix too ("1234  read(3,  <unfinished ...>) = ?")
  char prefix[64];
  size_t column = call.size() + static_cast<size_t>(WriteTaskPrefix(prefix, tid) - prefix);
  if (column < options_.align_column) call.append(options_.align_column - column, ' ');
  PrintTextLine(tid, tsc, call + kUnknown);
}

// strace's `+++ killed by SIG +++`: not a quiet=exit line (-qq keeps it),
// but shown only for a signal in -e signal='s set.
bool TracePrinter::ShowsKilled(int sig) const {
  return (!options_.summary || options_.summary_and_trace) && sig >= 1 && sig <= 64 &&
         options_.filters.signals.test(sig);
}

// A traced child's parent reaped it killed by a signal (wait4's status):
// what it was doing, and its end, as strace reports them.
void TracePrinter::ReportKilled(pid_t child, int status, uint64_t tsc) {
  bool traced = false;
  for (auto& [tid, pid] : live_) traced |= pid == child;
  if (!traced || !ended_.insert(child).second) return;
  for (const proto::SyscallRecord& rec : CutShort(child)) PrintCutShort(rec, tsc);
  if (ShowsKilled(WTERMSIG(status)))
    PrintLine(child, tsc, fmt::format("+++ killed by {}{} +++", SignalLabel(WTERMSIG(status)),
                                      WCOREDUMP(status) ? " (core dumped)" : ""), 0, KilledFacts(status));
  for (auto it = live_.begin(); it != live_.end();) {
    if (it->second == child && (it->first != child || !interleaver_)) it = live_.erase(it);  // the interleaver drops `child`
    else ++it;
  }
}

// The ptrace companion saw task `tid` end with wait status `status` (or the
// exit stop's code): the call it was in, if any, and strace's last line.
void TracePrinter::EndTask(pid_t tid, pid_t pid, int status, uint64_t tsc) {
  if (!ended_.insert(tid).second || detached_.count(tid)) return;
  for (const proto::SyscallRecord& rec : CutShort(0, tid)) PrintCutShort(rec, tsc);
  PrintLeftSignal(tid, tsc);
  if (tid == main_pid_ && options_.follow_forks == 0 && options_.attach_pids.empty() && !WIFSIGNALED(status)) {
    // Without -f strace hears of the leader's end only when its whole thread
    // group is gone (a leader's exit() while threads run, or an execve by
    // another thread, which ends the old leader): Finish says it, with the
    // process's own status.
    ended_.erase(tid);
    deferred_main_status_ = status;
    return;
  }
  bool printed = WIFSIGNALED(status) ? ShowsKilled(WTERMSIG(status))
                                     : (!options_.summary || options_.summary_and_trace) && !options_.quiet_exit;
  if (printed) {
    std::string line = WIFSIGNALED(status) ? fmt::format("+++ killed by {}{} +++", SignalLabel(WTERMSIG(status)),
                                                         WCOREDUMP(status) ? " (core dumped)" : "")
                                           : fmt::format("+++ exited with {} +++", WEXITSTATUS(status));
    PrintLine(tid, tsc, line + TakeExitBacktrace(tid), 0,
              WIFSIGNALED(status) ? KilledFacts(status) : LineFacts{ShownEvent::Kind::kExited, WEXITSTATUS(status)});
  }
  if (!printed || !interleaver_) live_.erase(tid);  // else when the line is written (the prefix counts tasks)
  if (tid == main_pid_) main_exit_printed_ = true;
  (void)pid;
}

// A signal the companion left for the thread to record after its syscall,
// when the thread died before it could (the slot is untrusted: its number is
// checked, and the siginfo is only formatted).
void TracePrinter::PrintLeftSignal(pid_t tid, uint64_t tsc) {
  uint32_t count = slots_ == nullptr ? 0 : std::min(slot_next_->load(std::memory_order_acquire), proto::kInflightSlots);
  for (uint32_t i = 0; i < count; ++i) {
    if (slots_[i].owner_tid.load(std::memory_order_acquire) != static_cast<uint32_t>(tid)) continue;
    uint32_t signo = slots_[i].deferred_signo.load(std::memory_order_acquire);
    if (signo < 1 || signo > 64) continue;  // (a tid may own an old image's slot too)
    if (!options_.filters.signals.test(signo) || (options_.summary && !options_.summary_and_trace)) return;
    proto::SignalRecord rec = {};
    rec.tid = static_cast<uint32_t>(tid);
    rec.signo = static_cast<int32_t>(signo);
    std::memcpy(rec.siginfo, slots_[i].deferred_siginfo, sizeof(rec.siginfo));
    PrintLine(tid, tsc, FormatSignal(rec), 0, {ShownEvent::Kind::kSignal, rec.signo});
    return;
  }
}

// strace's notes on stderr about tasks it attaches or detaches: unless -q
// (implied by `-o FILE PROG`), and with -o FILE only under -p (strace -p -f
// -o FILE says "Process N attached" of each child it follows; a replay says
// nothing). With the trace on the terminal too, the lines before it go first.
void TracePrinter::SayToTerminal(const char* what, pid_t tid) {
  if (options_.quiet_attach || (options_.summary && !options_.summary_and_trace)) return;
  if (!options_.output_file.empty() && options_.attach_pids.empty()) return;
  if (options_.output_file.empty()) {
    if (interleaver_) interleaver_->FlushAll();
    FlushPending();
    std::fflush(out_);
  }
  std::fprintf(stderr, "lzptrace: Process %d %s\n", tid, what);
}

void TracePrinter::Finish(int main_status, uint64_t now) {
  FlushPending();
  // -1: the end is not known (a damaged recording): what is held, nothing more.
  if (main_status == -1) main_status = deferred_main_status_;  // (-D: lzptrace is not the program's parent)
  if (main_status != -1) PrintEnds(main_status, now != 0 ? now : ReadTsc());
  if (interleaver_) interleaver_->FlushAll();
  FlushPending();
  for (TraceSink* sink : sinks_) sink->Finish();
  std::fflush(out_);
  for (auto& [tid, f] : per_thread_)
    if (f != out_) std::fclose(f);
  per_thread_.clear();
}

// The calls cut short, the execs that never reported back, the main process's end.
void TracePrinter::PrintEnds(int main_status, uint64_t now) {
  for (const proto::SyscallRecord& rec : CutShort(0)) PrintCutShort(rec, rec.tsc_enter);

  // An execve that neither came back nor reported in from the new image
  // replaced the process with one we cannot trace (the interposer said so
  // before the exec): it succeeded.
  for (auto& [pid, exec] : pending_exec_) {
    Captures captures;
    captures.Parse(reinterpret_cast<const uint8_t*>(exec.payload.data()), exec.payload.size());
    proto::SyscallRecord rec = exec.rec;
    rec.flags &= ~proto::kNoReturn;
    rec.ret = 0;
    if (Shows(rec) && Selected(rec, captures)) PrintSyscall(rec, captures);
  }
  pending_exec_.clear();
  if ((options_.summary && !options_.summary_and_trace) || ended_.count(main_pid_)) {
    // -c alone prints only the table.
  } else if (WIFSIGNALED(main_status)) {
    if (ShowsKilled(WTERMSIG(main_status)))
      PrintLine(main_pid_, now, fmt::format("+++ killed by {}{} +++", SignalLabel(WTERMSIG(main_status)),
                                       WCOREDUMP(main_status) ? " (core dumped)" : "") + TakeExitBacktrace(main_pid_),
                0, KilledFacts(main_status));
  } else if (WIFEXITED(main_status) && !main_exit_printed_ && !options_.quiet_exit) {  // -qq: no exit statuses
    PrintLine(main_pid_, now, fmt::format("+++ exited with {} +++", WEXITSTATUS(main_status)) + TakeExitBacktrace(main_pid_),
              0, {ShownEvent::Kind::kExited, WEXITSTATUS(main_status)});
  }
}

}  // namespace lzp::cli
