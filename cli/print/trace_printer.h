// cli/print/trace_printer.h — turns events into strace's output lines and tracks
// the traced tasks (for "[pid N]" prefixes, execs and exit lines). Each
// event it shows also goes, whole, to its sinks (trace_sink.h: --json,
// --perfetto); --json turns the text off.
#pragma once

#include <sys/syscall.h>
#include <sys/types.h>

#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "cli/print/captures.h"
#include "cli/read/clock.h"
#include "cli/decode/structs.h"
#include "cli/read/event_reader.h"
#include "cli/read/interleave.h"
#include "cli/options/options.h"
#include "cli/print/pid_names.h"
#include "cli/print/line_colors.h"
#include "cli/print/output_block.h"
#include "cli/print/plain_line.h"
#include "cli/print/time_text.h"
#include "cli/print/trace_sink.h"
#include "cli/unwind/stack_unwinder.h"
#include "syscalltable/tables.h"

namespace lzp::cli {

inline bool IsCloneFamily(uint64_t nr) { return nr == SYS_clone || nr == SYS_clone3 || nr == SYS_fork || nr == SYS_vfork; }
inline bool IsExec(uint64_t nr) { return nr == SYS_execve || nr == SYS_execveat; }

class TracePrinter : private InterleaveOutput {
 public:
  TracePrinter(const Options& options, FILE* out, pid_t main_pid, const TscClock* clock);
  void Handle(const Event& e);
  // Every traced process is gone (the main one with this wait status): prints
  // the syscalls that were cut short (from the in-flight slots, untrusted)
  // and the main process's end.
  // `now` (TSC) stamps the main process's end line; 0: the time of the call.
  // A main_status of -1 (not known: a damaged recording) prints no end.
  void Finish(int main_status, uint64_t now = 0);
  // Writes what is due at TSC `now` (the reader is idle) and flushes the output.
  void Flush(uint64_t now);
  // -Y: where names the trace has not given come from (PidNames::SetLookup).
  void SetPidNameLookup(std::function<std::string(pid_t)> lookup) {
    if (pid_names_) pid_names_->SetLookup(std::move(lookup));
  }
  // --replay: the trace started at this TSC (-r's first line), not now.
  void StartAt(uint64_t tsc) {
    start_tsc_ = tsc;
    time_text_.StartAt(tsc);
  }
  uint64_t start_tsc() const { return start_tsc_; }
  // The ptrace companion runs: task ends, group stops and exec successes come
  // from it (kLifecycle events), not from the syscalls that lead to them.
  void SetCompanion(bool on) { companion_ = on; }
  // --json, --perfetto: where shown events go too (the printer does not own them).
  void AddSink(TraceSink* sink) { sinks_.push_back(sink); }
  // --json: no strace text (the sinks get everything).
  void SetTextOutput(bool on) { text_ = on; }
  // --color: escape codes in the text output.
  void SetColor(bool on);
  // Where task tid's lines go (-ff -o FILE: FILE.TID).
  FILE* OutputFor(pid_t tid) { return OutFor(tid); }
  // -p: the traced processes were let go, alive: Finish reports no end for
  // them; the last call a task was let go in ends " <detached ...>".
  void LetGo() {
    if (held_detach_ && text_) {
      if (!held_detach_->written) PrintTextLine(held_detach_->tid, held_detach_->tsc, held_detach_->text + " <detached ...>");
      else interleaver_->EndOpenLine(held_detach_->tid, held_detach_->tsc, " <detached ...>\n");
    }
    held_detach_.reset();
    main_exit_printed_ = true;
    ended_.insert(main_pid_);
  }
  // -I without the companion: the tracees were let go where they stood; the
  // calls their in-flight slots say they are in end " <detached ...>" (with
  // what registers tell: no strings), as the companion's records would.
  void LetGoFromSlots();
  // A call still running (cli/read/blocked_calls.h), with what its entry
  // read: its entry is written in its place in time, and its record, when
  // it comes, finishes the line. Ignored where the line could not be shown
  // as its record will show it (ShowsBlockedCalls).
  void Announce(const proto::SyscallRecord& rec, std::string_view payload);
  // Text through the interleaver, no -i (the address is in the record), no
  // filter that waits for the result (status=, --filter), no -ff files.
  bool ShowsBlockedCalls() const;
  // Where the tracees note the syscalls they are in (to report killed tasks).
  void WatchInflight(const proto::InflightSlot* slots, const std::atomic<uint32_t>* next) {
    slots_ = slots;
    slot_next_ = next;
  }

 private:
  void PrintEnds(int main_status, uint64_t now);  // Finish: what ends with the trace
  void OnSyscall(const proto::SyscallRecord& rec, std::string_view payload);
  [[gnu::noinline]] void OnExec(const proto::SyscallRecord& rec, const Captures& captures, std::string_view payload);
  void OnProcessStart(const proto::ProcessStartRecord& rec);
  void OnLifecycle(const proto::LifecycleRecord& rec);
  void CompleteExec(pid_t pid, uint64_t done_tsc = 0);  // its execve succeeded (at done_tsc if known): "= 0"
  void EndTask(pid_t tid, pid_t pid, int status, uint64_t tsc);  // strace's "+++ exited/killed ... +++"
  void SayToTerminal(const char* what, pid_t tid);
  void PrintLeftSignal(pid_t tid, uint64_t tsc);  // a signal the companion left in a dead thread's slot  // "lzptrace: Process N attached" (not with -o)
  std::string Prefix(pid_t tid, uint64_t tsc);
  void AppendPrefix(std::string& out, pid_t tid, uint64_t tsc);  // Prefix, appended to `out`
  FILE* OutFor(pid_t tid) { return per_thread_files_ ? PerThreadOut(tid) : out_; }  // -ff -o FILE: FILE.TID, else the one output
  FILE* PerThreadOut(pid_t tid);
  bool PerThreadFiles() const;  // "[pid  42] 10:00:00.000001 " as the options ask
  // A line that is not a syscall (signals, ends); `facts` tells the sinks what it is.
  struct LineFacts { ShownEvent::Kind kind = ShownEvent::Kind::kSignal; int number = 0; bool core_dumped = false; };
  void PrintLine(pid_t tid, uint64_t tsc, const std::string& text, uint64_t ip, LineFacts facts);
  // The text output's part: one whole line.
  void PrintTextLine(pid_t tid, uint64_t tsc, const std::string& text, uint64_t ip = 0);
  std::string LineStart(pid_t tid, uint64_t ip) const;  // -n and -i on a line that is not a syscall
  static LineFacts KilledFacts(int status);  // "+++ killed by SIG (core dumped) +++"
  // Hands a syscall to the sinks: `args` as printed, `result` "= ..." (or " <detached ...>").
  void TellSinks(const proto::SyscallRecord& rec, const std::vector<std::string>& args, const std::string& result,
                 const std::string& before_name, const std::string& note = "");
  void Write(const std::string& text, FILE* out);  // the text output, coloured if asked
  bool Shows(const proto::SyscallRecord& rec) const {  // -e trace= and status=, -c (inline: asked per record)
    if ((rec.flags & proto::kHidden) || (options_.summary && !options_.summary_and_trace)) return false;
    if (rec.nr < 512 && !options_.filters.trace.test(rec.nr)) return false;
    uint32_t status = (rec.flags & proto::kNoReturn) ? kStatusUnfinished
                      : (rec.ret < 0 && rec.ret >= -4095) ? kStatusFailed : kStatusSuccessful;
    return options_.filters.status & status;
  }
  bool TouchesPath(const proto::SyscallRecord& rec, const Captures& captures) const;  // -P
  bool Selected(const proto::SyscallRecord& rec, const Captures& captures) const;     // -P and --filter
  // `resume_tid`: the task the call's end belongs to, if not rec.tid (an
  // execve made by a thread ends in the leader's id).
  void PrintSyscall(const proto::SyscallRecord& rec, const Captures& captures, const std::string* ret = nullptr,
                    pid_t resume_tid = 0);
  // Every other case (`plain_refused`: WritePlainLine was asked and said no).
  [[gnu::noinline]] void PrintSyscallInFull(const proto::SyscallRecord& rec, const Captures& captures,
                                            const std::string* ret, pid_t resume_tid, bool plain_refused);
  std::string Result(const proto::SyscallRecord& rec, const Captures& captures, const std::string* ret);
  void AppendResult(std::string& out, const proto::SyscallRecord& rec, const Captures& captures, const std::string* ret);
  std::string ResultText(const proto::SyscallRecord& rec, const Captures& captures, const std::string* ret);  // "= 3 <0.000010>"
  std::string Ip(const Captures* captures, uint64_t known = 0) const;  // -i
  // What strace prints of a call at its entry: "[-n][-i]name(" and the
  // arguments it decodes then, "read(0, ".
  std::string EntryHead(uint64_t nr, const std::string& ip, const std::vector<std::string>& args, size_t at_entry) const;
  std::string SyscallNumber(uint64_t nr) const;                       // -n
  std::string HexDumps(const proto::SyscallRecord& rec, const Captures& captures) const;  // -e read=/write=
  void ExitTask(pid_t tid, uint64_t tsc, int status);
  std::string Backtrace(const proto::SyscallRecord& rec, const Captures& captures);  // -k
  std::string TakeExitBacktrace(pid_t tid);                                         // -k
  std::string SignalBacktrace(const Event& e);                                      // -k
  void Detach(const proto::SyscallRecord& rec, const Captures& captures);  // -b execve
  std::vector<proto::SyscallRecord> CutShort(pid_t pid, pid_t only_tid = 0);
  void PrintCutShort(const proto::SyscallRecord& rec, uint64_t tsc);
  void ReportKilled(pid_t child, int status, uint64_t tsc);
  bool ShowsKilled(int sig) const;  // task_ends.cc
  void LearnNames(const proto::SyscallRecord& rec, const Captures& captures, pid_t tid, pid_t pid);  // -Y

  const Options& options_;
  FILE* out_;
  pid_t main_pid_;
  std::map<pid_t, pid_t> live_;                       // tid -> pid of every live traced task
  struct PendingExec { proto::SyscallRecord rec; std::string payload; };
  std::map<pid_t, PendingExec> pending_exec_;  // pid -> execve not yet known to succeed
  FormatOptions format_;
  Captures captures_;
  const TscClock* clock_;
  uint64_t start_tsc_;
  TimeText time_text_;  // -t, -tt, -ttt, -r
  std::map<pid_t, FILE*> per_thread_;  // -ff
  // Each task's last syscall (-n's number, restart_syscall's name) and the
  // entry times of its last few records: a call the ptrace companion already
  // recorded (cut short for a restart) may still be in its slot, and must not
  // be announced as running. `last_end`: when the task's latest line ended
  // (EnteredAfterPrevious).
  struct TaskRecent {
    uint64_t nr = 0;
    uint64_t enters[4] = {};
    uint32_t next = 0;
    uint64_t last_end = 0;
  };
  std::map<pid_t, TaskRecent> last_nr_;
  pid_t recent_tid_ = 0;            // OnSyscall: the task of the last record
  TaskRecent* recent_ = nullptr;    // and its entry in last_nr_
  // A task's call cannot begin before its previous line ended: strace sees a
  // call when the kernel is entered. The interposer's time is its entry
  // path's, which a signal can precede the kernel by: a call the kernel cuts
  // short and restarts after the signal (and its handler) keeps its first
  // entry time in the record ("= ? ERESTARTSYS", then the restarted call),
  // and a signal that comes between the entry path and the `syscall`
  // instruction runs its handler before the call. Such a call's entry is
  // moved to just after the task's previous line, or to the head already
  // announced for it there (cli/read/blocked_calls.h), so it shows as strace
  // shows it: the signal and the handler's calls, then the call.
  uint64_t EnteredAfterPrevious(pid_t tid, uint64_t enter, uint64_t exit) const;
  uint64_t EnteredAfter(pid_t tid, uint64_t last_end, uint64_t enter, uint64_t exit) const;  // (its task's last_end given)
  void NoteLineEnd(pid_t tid, uint64_t tsc);
  // `written`: an announced call whose head the interleaver wrote and left open.
  struct HeldLine { pid_t tid; uint64_t tsc; std::string text; bool written = false; };
  std::optional<HeldLine> held_detach_;  // -p: the call a task was let go in, until the next one or LetGo
  std::unique_ptr<Interleaver> interleaver_;  // -f into one output: unfinished/resumed lines
  bool interleaving_ = false;                 // several tasks live: lines go through interleaver_
  bool Interleaving();
  bool main_exit_printed_ = false;
  int deferred_main_status_ = -1;  // without -f: the leader's own end, said at Finish if the process's is not known
  std::string line_;  // the line being built (reused: no allocation per call)
  bool hex_dumps_ = false;  // -e read=/write= name some fd
  // Lines for the -o file not yet handed to stdio (PrintSyscall's common
  // case); written by FlushPending before anything else is written, on
  // Flush (the reader is idle) and Finish, or once kPendingBytes are held.
  static constexpr size_t kPendingBytes = 64 * 1024;
  OutputBlock pending_{kPendingBytes};
  void FlushPending();
  // The common line written straight into pending_ (plain_line.h); false
  // (nothing kept) when the record or the options need the general path.
  bool WritePlainLine(const proto::SyscallRecord& rec, const Captures& captures, pid_t tid);
  // The same line as the interleaver's parts (-f, several tasks live).
  bool PlainParts(const proto::SyscallRecord& rec, const Captures& captures, WrittenLine* line);
  // The task part of a line's prefix, written at p (kPlainPrefixMax bytes at
  // most): "PID   " (-o FILE) or "[pid  PID] " (several tasks live), or nothing.
  char* WriteTaskPrefix(char* p, pid_t tid) const;
  // InterleaveOutput: the interleaver writes into pending_.
  OutputBlock& Block() override { return pending_; }
  void WritePrefix(pid_t tid, uint64_t tsc) override;
  void PieceWritten(size_t piece_start) override;
  void TaskGone(pid_t tid) override { live_.erase(tid); }
  std::string prefix_;  // Prefix's text when it is not only the task's (reused)
  bool PlainEnd(const proto::SyscallRecord& rec, const Captures& captures, long* micros) const;
  std::unique_ptr<PlainLines> plain_lines_;  // null when an option rules plain lines out
  bool per_thread_files_ = false;            // PerThreadFiles(), fixed at start
  bool selecting_ = false;                   // -P or --filter given: Selected() has work
  std::unique_ptr<StackUnwinder> unwinder_;  // -k
  std::unique_ptr<PidNames> pid_names_;      // -Y
  // -k: exit and exit_group's stacks, printed after "+++ exited" as strace does.
  std::map<pid_t, std::string> exit_backtrace_;
  std::set<pid_t> detached_;  // -b execve: tasks that left the trace
  const proto::InflightSlot* slots_ = nullptr;          // in-flight slots (shared, untrusted)
  const std::atomic<uint32_t>* slot_next_ = nullptr;    // how many are in use
  std::set<pid_t> reported_cut_short_;                  // tasks whose cut-short calls are printed
  std::set<uint32_t> consumed_slots_;                   // in-flight slots whose calls are printed
  bool companion_ = false;
  std::set<pid_t> ended_;                               // tasks whose end is printed
  std::vector<TraceSink*> sinks_;                       // --json, --perfetto
  bool text_ = true;                                    // strace's text (not with --json)
  LineColors colors_;                                   // --color
};

}  // namespace lzp::cli
