// cli/print/trace_printer.cc — strace's line shapes.
//
//   name(args) <padded to column 40> = result
//   [pid  1234] prefix when following forks and more than one task is live
//   (with -o FILE and -f: "1234  " on every line), as strace 6.1 does.
// execve is recorded before it runs; we hold it until the new image reports
// (it then printed "= 0") or the call comes back with an error. What goes
// around a line (-k, -Y, hex dumps) is in trace_annotations.cc; how tasks
// leave (-b execve, killed, cut short) in task_ends.cc.
#include "cli/print/trace_printer.h"

#include <sys/syscall.h>
#include <sys/wait.h>

#include <algorithm>
#include <vector>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>

#include <fmt/format.h>

#include "cli/filter/matcher.h"

#include "cli/decode/fd_details.h"
#include "cli/print/append_text.h"
#include "cli/print/handler_note.h"
#include "cli/print/siginfo_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {

namespace {
bool SendsSignal(uint64_t nr) {
  return nr == SYS_kill || nr == SYS_tkill || nr == SYS_tgkill || nr == SYS_rt_sigqueueinfo ||
         nr == SYS_rt_tgsigqueueinfo || nr == SYS_pidfd_send_signal;
}
// Whole microseconds of a duration; the TSC readings come from the tracees
// (or a recording): a wild one must not overflow the conversion.
long Micros(double seconds) { return std::lround(std::clamp(seconds * 1e6, -1e15, 1e15)); }
// The most a plain line's task prefix and -T duration can take.
constexpr size_t kPlainPrefixMax = 32, kDurationMax = 32;

// -T's " <{}.{:06}>" of a duration in whole microseconds (not negative).
char* WriteDuration(char* p, long micros) {
  p = WriteText(p, " <");
  p = WriteUnsigned(p, static_cast<uint64_t>(micros / 1000000));
  *p++ = '.';
  long part = micros % 1000000;
  for (int i = 5; i >= 0; --i, part /= 10) p[i] = static_cast<char>('0' + part % 10);
  p += 6;
  *p++ = '>';
  return p;
}

// --syscall-times=PRECISION's " <S.FFF>" with `digits` after the point (s: " <S>").
std::string DurationText(double seconds, int digits) {
  long nanos = std::lround(std::clamp(seconds * 1e9, 0.0, 1e17));
  if (digits <= 0) return fmt::format(" <{}>", nanos / 1000000000);
  long scale = 1;
  for (int i = digits; i < 9; ++i) scale *= 10;
  return fmt::format(" <{}.{:0{}}>", nanos / 1000000000, nanos % 1000000000 / scale, digits);
}
}  // namespace

TracePrinter::TracePrinter(const Options& options, FILE* out, pid_t main_pid, const TscClock* clock)
    : options_(options), out_(out), main_pid_(main_pid), clock_(clock), start_tsc_(ReadTsc()), time_text_(options, clock, start_tsc_) {
  live_[main_pid] = main_pid;
  hex_dumps_ = !(options.filters.read_fds.none() && options.filters.write_fds.none());  // (1024-bit sets: once, not per line)
  format_.string_limit = options.string_limit;
  format_.hex = options.hex;
  format_.verbose = options.verbose;
  format_.decode_fds = options.decode_fds;
  format_.kvm_vcpu = options.kvm_vcpu;
  format_.raw = &options.filters.raw;
  format_.abbrev = &options.filters.abbrev;
  format_.decoded = &options.filters.verbose;
  if (options.stack_trace) unwinder_ = std::make_unique<StackUnwinder>();
  if (options.pid_names) format_.pid_names = (pid_names_ = std::make_unique<PidNames>()).get();
  per_thread_files_ = PerThreadFiles();
  selecting_ = !options.paths.empty() || options.predicate;
  // Plain lines: nothing before the name but the task prefix and the time,
  // nothing after the result but -T's duration (colour and sinks are ruled
  // out per line).
  if (!options.syscall_numbers && !options.instruction_pointer && !pid_names_ && !hex_dumps_ &&
      !unwinder_)
    plain_lines_ = std::make_unique<PlainLines>(format_);
  // Tasks interleave when several share one output; a single task's call
  // that blocks is announced before it ends (Announce) and goes through it too.
  if (!PerThreadFiles() && !(options.summary && !options.summary_and_trace))
    interleaver_ = std::make_unique<Interleaver>(static_cast<InterleaveOutput*>(this), options.align_column, kInterleaveWindowTicks);
}

void TracePrinter::SetColor(bool on) { colors_.on = on; }

// The interleaver's pieces go into pending_ after the lines already there,
// each task's prefix written in place.
void TracePrinter::WritePrefix(pid_t tid, uint64_t tsc) {
  if (!pid_names_ && !time_text_.Wanted()) {
    pending_.Keep(WriteTaskPrefix(pending_.Room(kPlainPrefixMax), tid));
    return;
  }
  prefix_.clear();
  AppendPrefix(prefix_, tid, tsc);
  pending_.Append(prefix_);
}

// --color paints each piece as it was written whole before; stderr is
// written at once (unbuffered, and shared with the companion's notes).
void TracePrinter::PieceWritten(size_t piece_start) {
  if (colors_.on) {
    std::string painted = colors_.Paint(pending_.text().substr(piece_start));
    pending_.Truncate(piece_start);
    pending_.Append(painted);
  }
  if (out_ == stderr || pending_.Full()) FlushPending();
}

FILE* TracePrinter::PerThreadOut(pid_t tid) {
  auto it = per_thread_.find(tid);
  if (it != per_thread_.end()) return it->second;
  std::string path = options_.output_file + "." + std::to_string(tid);
  FILE* f = std::fopen(path.c_str(), options_.append_output ? "ae" : "we");
  if (f == nullptr) {
    std::fprintf(stderr, "lzptrace: Can't fopen '%s': %s\n", path.c_str(), std::strerror(errno));
    f = out_;
  }
  per_thread_[tid] = f;
  return f;
}

bool TracePrinter::PerThreadFiles() const { return options_.follow_forks >= 2 && !options_.output_file.empty(); }

std::string TracePrinter::Prefix(pid_t tid, uint64_t tsc) {
  std::string prefix;
  AppendPrefix(prefix, tid, tsc);
  return prefix;
}

void TracePrinter::AppendPrefix(std::string& out, pid_t tid, uint64_t tsc) {
  if (pid_names_) pid_names_->SetMoment(tsc);  // -Y: the task's name when its line starts
  if (PerThreadFiles()) {
    // -ff -o FILE: the file says which thread.
  } else if (options_.SeveralTasks() && !options_.output_file.empty()) {
    if (pid_names_) {
      out += fmt::format("{}{} ", tid, pid_names_->Suffix(tid));
    } else {  // "{:<5} "
      size_t start = out.size();
      AppendSigned(out, tid);
      size_t width = out.size() - start;
      if (width < 5) out.append(5 - width, ' ');
      out += ' ';
    }
  } else if (options_.SeveralTasks() && live_.size() > 1) {
    if (pid_names_) {
      out += fmt::format("[pid {:>5}{}] ", tid, pid_names_->Suffix(tid));
    } else {  // "[pid {:>5}] "
      fmt::format_int number(tid);
      out += "[pid ";
      if (number.size() < 5) out.append(5 - number.size(), ' ');
      out.append(number.data(), number.size());
      out += "] ";
    }
  }
  if (time_text_.Wanted()) {
    out += time_text_.Next(tsc);
    out += ' ';
  }
}

bool TracePrinter::Interleaving() {
  if (!interleaver_) return false;
  // One task cannot interleave with itself: write directly, unless lines of
  // several tasks are still held.
  if (live_.size() > 1 || interleaver_->HasAnnouncements()) {
    interleaving_ = true;
  } else if (interleaving_) {
    interleaver_->FlushAll();
    interleaving_ = false;
  }
  return interleaving_;
}

// -i: "[00007f47648d54f7] " (where the syscall was made), "[????????????????] "
// for lines that are not syscalls.
std::string TracePrinter::Ip(const Captures* captures, uint64_t known) const {
  if (!options_.instruction_pointer) return "";
  // (-n's "[ 110] " comes before this: see SyscallNumber.)
  uint64_t ip = known;
  const Capture* c = captures ? captures->Find(0, proto::kInstructionPointer) : nullptr;
  if (c != nullptr && c->data.size() >= 8) std::memcpy(&ip, c->data.data(), 8);
  return ip ? fmt::format("[{:016x}] ", ip) : "[????????????????] ";
}

std::string TracePrinter::EntryHead(uint64_t nr, const std::string& ip, const std::vector<std::string>& args,
                                    size_t at_entry) const {
  std::string head = SyscallNumber(nr) + ip + SyscallName(nr) + "(";
  for (size_t i = 0; i < at_entry && i < args.size(); ++i) head += args[i] + (i + 1 < args.size() ? ", " : "");
  return head;
}

std::string TracePrinter::SyscallNumber(uint64_t nr) const {
  return options_.syscall_numbers ? fmt::format("[{:4}] ", nr) : "";
}

// -n on a signal or exit line: the number of the task's last syscall, as strace; -i: no address.
std::string TracePrinter::LineStart(pid_t tid, uint64_t ip) const {
  auto last = last_nr_.find(tid);
  std::string number = options_.syscall_numbers ? (last != last_nr_.end() ? SyscallNumber(last->second.nr) : "[????] ") : "";
  return number + Ip(nullptr, ip);
}

void TracePrinter::PrintLine(pid_t tid, uint64_t tsc, const std::string& text_without_ip, uint64_t ip, LineFacts facts) {
  if (!sinks_.empty()) {
    std::string text = LineStart(tid, ip) + text_without_ip;
    ShownEvent event;
    event.kind = facts.kind;
    event.tid = tid;
    auto task = live_.find(tid);
    event.pid = task != live_.end() ? task->second : tid;
    event.tsc = event.tsc_exit = tsc;
    event.number = facts.number;
    event.core_dumped = facts.core_dumped;
    event.text = std::string_view(text).substr(0, text.find('\n'));  // without -k's stack
    for (TraceSink* sink : sinks_) sink->Add(event);
  }
  if (text_) PrintTextLine(tid, tsc, text_without_ip, ip);
}

void TracePrinter::PrintTextLine(pid_t tid, uint64_t tsc, const std::string& text_without_ip, uint64_t ip) {
  std::string text = LineStart(tid, ip) + text_without_ip;
  if (Interleaving()) {
    TraceLine line;
    line.tid = tid;
    line.enter = line.exit = tsc;
    line.head = text;
    line.task_gone = text_without_ip.rfind("+++ exited", 0) == 0 || text_without_ip.rfind("+++ killed", 0) == 0;
    interleaver_->Add(std::move(line));
    return;
  }
  std::string line = Prefix(tid, tsc) + text;
  line += '\n';
  Write(line, OutFor(tid));
}

TracePrinter::LineFacts TracePrinter::KilledFacts(int status) {
  return {ShownEvent::Kind::kKilled, WTERMSIG(status), WCOREDUMP(status) != 0};
}

void TracePrinter::Write(const std::string& text, FILE* out) {
  FlushPending();  // the batched lines come first
  if (!colors_.on) {
    // Only this thread writes to an -o file (the companion's thread writes
    // its messages to stderr): no lock to take per line there.
    if (out != stderr) fwrite_unlocked(text.data(), 1, text.size(), out);
    else std::fwrite(text.data(), 1, text.size(), out);
    return;
  }
  std::string painted = colors_.Paint(text);
  std::fwrite(painted.data(), 1, painted.size(), out);
}

void TracePrinter::TellSinks(const proto::SyscallRecord& rec, const std::vector<std::string>& args,
                             const std::string& result, const std::string& before_name, const std::string& note) {
  std::string name = SyscallName(rec.nr);
  std::string text = before_name + CallText(name, args);
  bool detached = result.rfind(" <", 0) == 0;
  if (detached) text.pop_back();  // -b execve: strace leaves the call open, "execve(..., envp <detached ...>"
  else {
    text += ' ';
    if (text.size() < options_.align_column) text.append(options_.align_column - text.size(), ' ');
  }
  text += result;
  ShownEvent event;
  event.kind = ShownEvent::Kind::kSyscall;
  event.tid = static_cast<pid_t>(rec.tid);
  event.pid = static_cast<pid_t>(rec.pid);
  event.tsc = rec.tsc_enter;
  event.returned = !(rec.flags & proto::kNoReturn) && result.rfind("= ?", 0) != 0 && !detached;
  event.tsc_exit = event.returned && rec.tsc_exit > rec.tsc_enter ? rec.tsc_exit : rec.tsc_enter;
  event.nr = rec.nr;
  event.name = name;
  event.args = &args;
  event.ret = rec.ret;
  event.failed = event.returned && rec.ret < 0 && rec.ret >= -4095;
  std::string_view value = result;
  if (value.rfind("= ", 0) == 0) value.remove_prefix(2);
  if (!event.returned) value = "?";
  size_t duration = options_.durations ? value.rfind(" <") : std::string_view::npos;  // -T's " <0.000010>"
  if (duration != std::string_view::npos && event.returned) value = value.substr(0, duration);
  event.result = value;
  event.text = text;
  event.note = note;
  for (TraceSink* sink : sinks_) sink->Add(event);
}

std::string TracePrinter::ResultText(const proto::SyscallRecord& rec, const Captures& captures, const std::string* ret) {
  std::string result = ret ? *ret : FormatReturn(rec, captures, format_);
  if (options_.durations && !(rec.flags & proto::kNoReturn) && ret == nullptr) {
    long micros = Micros(clock_->Seconds(rec.tsc_exit - rec.tsc_enter));
    if (options_.duration_digits != 6 && micros >= 0)
      result += DurationText(clock_->Seconds(rec.tsc_exit - rec.tsc_enter), options_.duration_digits);
    else
      result += fmt::format(" <{}.{:06}>", micros / 1000000, micros % 1000000);
  }
  return result;
}

void TracePrinter::AppendResult(std::string& out, const proto::SyscallRecord& rec, const Captures& captures,
                                const std::string* ret) {
  // What Result returns, appended: the value, -T's duration, --handler's
  // note, hex dumps, -k's stack.
  if (ret != nullptr) {
    out += *ret;
    return;
  }
  AppendReturn(out, rec, captures, format_);
  if (options_.durations && !(rec.flags & proto::kNoReturn)) {
    long micros = Micros(clock_->Seconds(rec.tsc_exit - rec.tsc_enter));
    if (options_.duration_digits != 6 && micros >= 0) {
      out += DurationText(clock_->Seconds(rec.tsc_exit - rec.tsc_enter), options_.duration_digits);
    } else if (micros >= 0) {
      char text[kDurationMax];
      out.append(text, static_cast<size_t>(WriteDuration(text, micros) - text));
    } else {
      out += fmt::format(" <{}.{:06}>", micros / 1000000, micros % 1000000);
    }
  }
  if (captures.Find(0, proto::kHandlerNote) != nullptr) out += HandlerNoteSuffix(captures);
  if (hex_dumps_) out += HexDumps(rec, captures);
  if (unwinder_) out += Backtrace(rec, captures);
}

std::string TracePrinter::Result(const proto::SyscallRecord& rec, const Captures& captures, const std::string* ret) {
  std::string result = ResultText(rec, captures, ret);
  if (ret == nullptr) result += HandlerNoteSuffix(captures);  // --handler's " /* note */"
  if (ret == nullptr && !(options_.filters.read_fds.none() && options_.filters.write_fds.none()))
    result += HexDumps(rec, captures);
  if (ret == nullptr && unwinder_) result += Backtrace(rec, captures);
  return result;
}

void TracePrinter::PrintSyscall(const proto::SyscallRecord& rec, const Captures& captures, const std::string* ret,
                                pid_t resume_tid) {
  // The common case first, in a small frame: a plain line into the -o
  // block (no sinks, no colour, one output, no tasks to interleave).
  const bool batch_plain = ret == nullptr && plain_lines_ && sinks_.empty() && text_ && !colors_.on && out_ != stderr &&
                           !per_thread_files_ && !Interleaving();
  if (batch_plain && WritePlainLine(rec, captures, resume_tid != 0 ? resume_tid : static_cast<pid_t>(rec.tid))) {
    if (pending_.Full()) FlushPending();
    return;
  }
  PrintSyscallInFull(rec, captures, ret, resume_tid, batch_plain);
}

void TracePrinter::PrintSyscallInFull(const proto::SyscallRecord& rec, const Captures& captures, const std::string* ret,
                                      pid_t resume_tid, bool plain_refused) {
  pid_t tid = static_cast<pid_t>(rec.tid);
  std::vector<std::string> told;  // the arguments the sinks got (the text reuses them)
  if (!sinks_.empty()) {
    told = FormatArguments(rec, captures, format_, nullptr);
    TellSinks(rec, told, ResultText(rec, captures, ret), SyscallNumber(rec.nr) + Ip(&captures), HandlerNote(captures));
  }
  if (!text_) return;
  if (Interleaving()) {
    TraceLine line;
    line.tid = tid;
    line.syscall = true;
    line.enter = rec.tsc_enter;
    line.exit = rec.tsc_exit < rec.tsc_enter ? rec.tsc_enter : rec.tsc_exit;
    // A signal sent to another task returns before strace sees what it did
    // there (the target must wake to stop): the sender's line comes whole,
    // before the target's next line, as if the call took no time.
    if (SendsSignal(rec.nr) && ret == nullptr) line.exit = line.enter;
    line.resume_tid = resume_tid;
    if (ret == nullptr && plain_lines_) {
      WrittenLine written{tid, line.enter, line.exit, resume_tid};
      if (PlainParts(rec, captures, &written)) return interleaver_->AddWritten(written);
    }
    size_t at_entry = 0;
    std::vector<std::string> args = FormatArguments(rec, captures, format_, &at_entry);
    line.name = SyscallName(rec.nr);
    line.head = EntryHead(rec.nr, Ip(&captures), args, at_entry);
    for (size_t i = at_entry; i < args.size(); ++i) line.tail += args[i] + (i + 1 < args.size() ? ", " : "");
    line.tail += ")";
    line.result = Result(rec, captures, ret);
    interleaver_->Add(std::move(line));
    return;
  }
  if (resume_tid != 0) tid = resume_tid;  // whole, under the task it ended in
  // The common case, one line per call: built in a reused buffer. Into an
  // -o file (no colour, no sinks) the lines are built one after another in
  // pending_, written in blocks (FlushPending) instead of one fwrite each.
  FILE* target = OutFor(tid);
  const bool batch = target == out_ && out_ != stderr && !colors_.on && sinks_.empty();
  if (batch && ret == nullptr && plain_lines_ && !plain_refused && WritePlainLine(rec, captures, tid)) {
    if (pending_.Full()) FlushPending();
    return;
  }
  std::string& line = line_;
  line.clear();
  const size_t start = 0;
  AppendPrefix(line, tid, rec.tsc_enter);
  if (options_.syscall_numbers) line += SyscallNumber(rec.nr);
  if (options_.instruction_pointer) line += Ip(&captures);
  if (sinks_.empty()) AppendCall(line, rec, captures, format_);
  else line += CallText(SyscallName(rec.nr), told);
  line += ' ';
  if (line.size() - start < options_.align_column) line.append(options_.align_column - (line.size() - start), ' ');
  AppendResult(line, rec, captures, ret);
  line += '\n';
  if (!batch) return Write(line, target);
  pending_.Append(line);
  if (pending_.Full()) FlushPending();
}

// -T's duration of a call a plain line may show: false when the record
// needs the general path for what follows its result.
bool TracePrinter::PlainEnd(const proto::SyscallRecord& rec, const Captures& captures, long* micros) const {
  if (captures.Find(0, proto::kHandlerNote) != nullptr) return false;  // --handler's note after the result
  *micros = -1;  // (none)
  if (options_.durations && !(rec.flags & proto::kNoReturn) &&
      ((*micros = Micros(clock_->Seconds(rec.tsc_exit - rec.tsc_enter))) < 0 || options_.duration_digits != 6))
    return false;  // (--syscall-times=PRECISION other than us: the general path's DurationText)
  return true;
}

// Written straight into the interleaver's arena: the name, then the call
// (split into head and tail) and the result.
bool TracePrinter::PlainParts(const proto::SyscallRecord& rec, const Captures& captures, WrittenLine* line) {
  long micros;
  if (!PlainEnd(rec, captures, &micros)) return false;
  const std::string_view name = plain_lines_->Name(rec.nr);
  char* const at = interleaver_->LineRoom(name.size() + plain_lines_->Bound(rec.nr) + kDurationMax);
  if (!name.empty()) std::memcpy(at, name.data(), name.size());  // (a number with no name: an empty view, no data)
  char* const text = at + name.size();
  size_t split = 0;
  char* call_end = plain_lines_->WriteCall(text, rec, captures, &split);
  char* end = call_end != nullptr ? plain_lines_->WriteResult(call_end, rec) : nullptr;
  if (end == nullptr) return false;
  if (micros >= 0) end = WriteDuration(end, micros);
  line->name = static_cast<uint32_t>(name.size());
  line->head = static_cast<uint32_t>(split);
  line->tail = static_cast<uint32_t>(call_end - text - split);
  line->result = static_cast<uint32_t>(end - call_end);
  return true;
}

char* TracePrinter::WriteTaskPrefix(char* p, pid_t tid) const {
  // AppendPrefix's task part without -Y.
  if (per_thread_files_ || !options_.SeveralTasks()) return p;
  if (!options_.output_file.empty()) {  // "{:<5} "
    char* number = p;
    p = WriteSigned(p, tid);
    while (p - number < 5) *p++ = ' ';
    *p++ = ' ';
  } else if (live_.size() > 1) {  // "[pid {:>5}] "
    char number[21];
    const size_t length = static_cast<size_t>(WriteSigned(number, tid) - number);
    p = WriteText(p, "[pid ");
    for (size_t width = length; width < 5; ++width) *p++ = ' ';
    p = WriteText(p, {number, length});
    p = WriteText(p, "] ");
  }
  return p;
}

bool TracePrinter::WritePlainLine(const proto::SyscallRecord& rec, const Captures& captures, pid_t tid) {
  long micros;
  if (!PlainEnd(rec, captures, &micros)) return false;
  char* const start = pending_.Room(kPlainPrefixMax + TimeText::kMax + 1 + plain_lines_->Bound(rec.nr) +
                                    options_.align_column + kDurationMax);
  char* p = WriteTaskPrefix(start, tid);
  const bool timed = time_text_.Wanted();
  const uint64_t mark = time_text_.Mark();  // (-r: a refused line must not move it on)
  if (timed) {
    p = time_text_.Write(p, rec.tsc_enter);
    *p++ = ' ';
  }
  if ((p = plain_lines_->Write(p, start, options_.align_column, rec, captures)) == nullptr) {
    time_text_.Restore(mark);
    return false;
  }
  if (micros >= 0) p = WriteDuration(p, micros);
  *p++ = '\n';
  pending_.Keep(p);
  return true;
}

void TracePrinter::FlushPending() {
  if (pending_.empty()) return;
  // Only this thread writes to an -o file; stderr is shared with the companion's thread.
  if (out_ != stderr) fwrite_unlocked(pending_.text().data(), 1, pending_.text().size(), out_);
  else std::fwrite(pending_.text().data(), 1, pending_.text().size(), out_);
  pending_.Clear();
}

// -P and --filter.
bool TracePrinter::Selected(const proto::SyscallRecord& rec, const Captures& captures) const {
  return TouchesPath(rec, captures) &&
         (!options_.predicate || filter::Matches(*options_.predicate, rec, captures, clock_ ? clock_->ticks_per_second() : 0));
}

// -P: does the syscall name one of the paths, or use an fd that refers to one
// (also after the file was unlinked)? As strace, which decides at the call's
// entry: the fd a call returns does not count, nor a symlink's target
// (symlink, symlinkat), nor rename's new path (strace 6.1 matches rename by
// its first path only; renameat's and link's both count).
bool TracePrinter::TouchesPath(const proto::SyscallRecord& rec, const Captures& captures) const {
  if (options_.paths.empty()) return true;
  const table::SyscallInfo* info = table::SyscallByNumber(rec.nr);
  for (int i = 0; i < 6; ++i) {
    if ((i == 0 && (rec.nr == SYS_symlink || rec.nr == SYS_symlinkat)) || (i == 1 && rec.nr == SYS_rename)) continue;
    const Capture* fd_path = captures.Find(i, proto::kFdPath);
    const Capture* path = info && i < info->nargs && info->args[i].kind == table::ArgKind::Path
                              ? captures.Find(i, proto::kAtEntry) : nullptr;
    for (const std::string& wanted : options_.paths)
      if ((fd_path && !fd_path->faulted() && LinkPath(fd_path->data) == wanted) ||
          (path && !path->faulted() && path->data == wanted))
        return true;
  }
  return false;
}

void TracePrinter::ExitTask(pid_t tid, uint64_t tsc, int status) {
  bool printed = (!options_.summary || options_.summary_and_trace) && !options_.quiet_exit;
  if (printed)
    PrintLine(tid, tsc, fmt::format("+++ exited with {} +++", status) + TakeExitBacktrace(tid), 0,
              {ShownEvent::Kind::kExited, status});
  if (!printed || !interleaver_) live_.erase(tid);  // else when the line is written (the prefix counts tasks)
  if (tid == main_pid_) main_exit_printed_ = true;
}

uint64_t TracePrinter::EnteredAfter(pid_t tid, uint64_t last_end, uint64_t enter, uint64_t exit) const {
  if (enter > last_end) return enter;
  const uint64_t announced = interleaver_ ? interleaver_->AnnouncedAfter(tid, last_end) : 0;
  return announced != 0 && announced <= exit ? announced : last_end + 1;
}

uint64_t TracePrinter::EnteredAfterPrevious(pid_t tid, uint64_t enter, uint64_t exit) const {
  auto recent = last_nr_.find(tid);
  return recent == last_nr_.end() ? enter : EnteredAfter(tid, recent->second.last_end, enter, exit);
}

void TracePrinter::NoteLineEnd(pid_t tid, uint64_t tsc) {
  uint64_t& end = last_nr_[tid].last_end;
  if (tsc > end) end = tsc;
}

// execve and execveat: held until the new image reports (it succeeded), or
// printed with the arguments captured at entry when it comes back (it failed).
void TracePrinter::OnExec(const proto::SyscallRecord& rec, const Captures& captures, std::string_view payload) {
  const pid_t pid = static_cast<pid_t>(rec.pid);
  if (rec.flags & proto::kNoReturn) {
    pending_exec_[pid] = {rec, std::string(payload)};
    return;
  }
  // It came back: it failed. Its arguments are the ones captured at entry.
  auto pending = pending_exec_.find(pid);
  if (pending != pending_exec_.end()) {
    proto::SyscallRecord failed = pending->second.rec;
    failed.ret = rec.ret;
    failed.flags = rec.flags;
    std::string entry_payload = std::move(pending->second.payload);  // the captures point into it
    pending_exec_.erase(pending);
    Captures entry;
    entry.Parse(reinterpret_cast<const uint8_t*>(entry_payload.data()), entry_payload.size());
    if (Shows(failed) && Selected(failed, entry)) PrintSyscall(failed, entry);
    return;
  }
  if (Shows(rec) && Selected(rec, captures)) PrintSyscall(rec, captures);
}

void TracePrinter::OnSyscall(const proto::SyscallRecord& recorded, std::string_view payload) {
  pid_t tid = static_cast<pid_t>(recorded.tid), pid = static_cast<pid_t>(recorded.pid);
  // The task of the previous record, most often this one's: its entry
  // without a map lookup (last_nr_'s nodes stay where they are: never erased).
  if (recent_ == nullptr || tid != recent_tid_) {
    recent_ = &last_nr_[tid];
    recent_tid_ = tid;
  }
  TaskRecent& recent = *recent_;
  proto::SyscallRecord moved;  // (a copy only when its entry moves)
  const bool returned = !(recorded.flags & proto::kNoReturn);
  const uint64_t enter = EnteredAfter(tid, recent.last_end, recorded.tsc_enter, returned ? recorded.tsc_exit : ~uint64_t{0});
  if (enter != recorded.tsc_enter) {
    moved = recorded;
    moved.tsc_enter = enter;
    if (moved.tsc_exit < enter) moved.tsc_exit = enter;
  }
  const proto::SyscallRecord& rec = enter != recorded.tsc_enter ? moved : recorded;
  recent.last_end = std::max(recent.last_end, returned ? rec.tsc_exit : rec.tsc_enter);  // (NoteLineEnd, with the entry at hand)
  if (live_.size() != 1 || live_.begin()->first != tid) live_.try_emplace(tid, pid);  // (one task: it is there)
  Captures& captures = captures_;  // reused: no allocation per record
  if (!captures.Parse(reinterpret_cast<const uint8_t*>(payload.data()), payload.size()))
    std::fprintf(stderr, "lzptrace: malformed argument data in a %s record (tid %d)\n", SyscallName(rec.nr).c_str(), tid);
  if (pid_names_) LearnNames(rec, captures, tid, pid);
  if (rec.flags & proto::kKilledIn) reported_cut_short_.insert(tid);  // its in-flight call: this one
  // restart_syscall names the task's previous call, as strace does: the one
  // the kernel cut short with ERESTART_RESTARTBLOCK when the kernel made it.
  if (rec.nr == SYS_restart_syscall) format_.resuming_nr = recent.nr;  // (0 when none was seen)
  recent.nr = rec.nr;
  recent.enters[recent.next++ % 4] = recorded.tsc_enter;  // (as its slot said: Announce compares)
  if (rec.flags & proto::kDetached) return Detach(rec, captures);  // -b execve, or -p letting go mid-call
  if (IsExec(rec.nr)) return OnExec(rec, captures, payload);
  if (rec.nr == SYS_wait4 && rec.ret > 0) {  // a child it reaps may have been killed: say so first, as strace
    const Capture* status = captures.Find(1, proto::kAtExit);
    int32_t s = status != nullptr && !status->faulted() && status->data.size() >= 4 ? Field<int32_t>(status->data, 0) : 0;
    if (status != nullptr && WIFSIGNALED(s)) ReportKilled(static_cast<pid_t>(rec.ret), s, rec.tsc_exit);
    // -Y: a child reaped is gone from /proc by the time strace prints the result
    constexpr uint64_t kReportsLiving = WUNTRACED | WCONTINUED;
    bool reaped = status != nullptr ? WIFEXITED(s) || WIFSIGNALED(s) : !(rec.args[2] & kReportsLiving);
    if (pid_names_ && reaped) pid_names_->Forget(static_cast<pid_t>(rec.ret), rec.tsc_exit);
  }
  if (Shows(rec) && (!selecting_ || Selected(rec, captures))) PrintSyscall(rec, captures);
  if (companion_ && (rec.nr == SYS_exit_group || rec.nr == SYS_exit)) {
    // Each task's end comes from the companion, with the kernel's status.
  } else if (rec.nr == SYS_exit_group) {
    for (auto it = live_.begin(); it != live_.end();) {  // the other threads go silently
      if (it->second == pid && it->first != tid) it = live_.erase(it);
      else ++it;
    }
    ExitTask(tid, rec.tsc_enter, static_cast<int>(rec.args[0] & 0xff));
  } else if (rec.nr == SYS_exit) {
    ExitTask(tid, rec.tsc_enter, static_cast<int>(rec.args[0] & 0xff));
  } else if (IsCloneFamily(rec.nr) && rec.ret > 0 && options_.follow_forks &&
             !detached_.count(static_cast<pid_t>(rec.ret))) {  // a child that has already left (-b execve)
    live_.emplace(static_cast<pid_t>(rec.ret), rec.ret);
    SayToTerminal("attached", static_cast<pid_t>(rec.ret));
  }
  if (unwinder_ && IsCloneFamily(rec.nr) && rec.ret > 0 && unwinder_->MappingsOf(static_cast<pid_t>(rec.ret)) == nullptr)
    unwinder_->CopyCodeMaps(pid, static_cast<pid_t>(rec.ret));  // a new process starts with its parent's code
}

void TracePrinter::OnProcessStart(const proto::ProcessStartRecord& rec) {
  pid_t pid = static_cast<pid_t>(rec.pid);
  if (pid_names_) pid_names_->Learn(pid, std::string_view(rec.comm, strnlen(rec.comm, sizeof(rec.comm))));
  CompleteExec(pid);
}

void TracePrinter::OnLifecycle(const proto::LifecycleRecord& rec) {
  pid_t tid = static_cast<pid_t>(rec.tid), pid = static_cast<pid_t>(rec.pid);
  switch (static_cast<proto::Lifecycle>(rec.kind)) {
    case proto::Lifecycle::kEnded: return EndTask(tid, pid, rec.status, rec.tsc);
    case proto::Lifecycle::kExecDone: return CompleteExec(pid, rec.tsc);
    case proto::Lifecycle::kGroupStop:
      NoteLineEnd(tid, rec.tsc);
      if (rec.status >= 1 && rec.status <= 64 && options_.filters.signals.test(rec.status) &&
          (!options_.summary || options_.summary_and_trace))
        PrintLine(tid, rec.tsc, fmt::format("--- stopped by {} ---", SignalLabel(rec.status)), 0,
                  {ShownEvent::Kind::kStopped, static_cast<int>(rec.status)});
      return;
    case proto::Lifecycle::kSuperseded:  // the leader, ended by another thread's execve (status: that thread)
      for (const proto::SyscallRecord& cut : CutShort(0, tid)) PrintCutShort(cut, rec.tsc);
      reported_cut_short_.erase(tid);  // the id lives on: the exec'ing thread takes it
      if ((!options_.summary || options_.summary_and_trace) && !options_.quiet_exit)
        PrintLine(tid, rec.tsc, fmt::format("+++ superseded by execve in pid {} +++", rec.status), 0,
                  {ShownEvent::Kind::kSuperseded, static_cast<int>(rec.status)});
      return;
  }
  Event unknown;  // untrusted input: an unknown kind is reported, never acted on
  unknown.text = fmt::format("unknown lifecycle record kind {}", rec.kind);
  Handle(unknown);
}

void TracePrinter::CompleteExec(pid_t pid, uint64_t done_tsc) {
  auto it = pending_exec_.find(pid);
  if (it == pending_exec_.end()) return;
  proto::SyscallRecord exec = it->second.rec;
  std::string payload = std::move(it->second.payload);  // the captures point into it
  pending_exec_.erase(it);
  Captures captures;
  captures.Parse(reinterpret_cast<const uint8_t*>(payload.data()), payload.size());
  exec.flags &= ~proto::kNoReturn;
  exec.ret = 0;
  if (done_tsc > exec.tsc_enter) exec.tsc_exit = done_tsc;  // (the companion knows when it ended; -T too)
  // Made by a thread other than the leader: as strace shows it, the call
  // starts under that thread and ends under the process's id, which the
  // thread has taken ("<... execve resumed>").
  if (Shows(exec) && Selected(exec, captures)) PrintSyscall(exec, captures, nullptr, pid);
  for (auto t = live_.begin(); t != live_.end();) {  // execve leaves one thread, with the pid as tid
    if (t->second == pid && t->first != pid) t = live_.erase(t);
    else ++t;
  }
}

bool TracePrinter::ShowsBlockedCalls() const {
  return interleaver_ && text_ && !options_.instruction_pointer && options_.filters.status == kStatusAll &&
         !options_.predicate;
}

void TracePrinter::Announce(const proto::SyscallRecord& rec, std::string_view payload) {
  if (!ShowsBlockedCalls() || !Shows(rec)) return;
  Captures captures;
  captures.Parse(reinterpret_cast<const uint8_t*>(payload.data()), payload.size());
  if (!Selected(rec, captures)) return;  // (-P: by the paths it names)
  pid_t tid = static_cast<pid_t>(rec.tid);
  if (!live_.count(tid)) return;  // (not a task we follow, or one already ended)
  auto recent = last_nr_.find(tid);
  if (recent != last_nr_.end() && std::find(std::begin(recent->second.enters), std::end(recent->second.enters), rec.tsc_enter) !=
                                       std::end(recent->second.enters))
    return;  // its record came already (the companion's, for a restart)
  FlushPending();
  if (!Interleaving()) interleaving_ = true;  // (one task: its lines wait in the interleaver until the call ends)
  size_t at_entry = 0;
  if (rec.nr == SYS_restart_syscall) format_.resuming_nr = recent != last_nr_.end() ? recent->second.nr : 0;
  std::vector<std::string> args = FormatArguments(rec, captures, format_, &at_entry);
  TraceLine line;
  line.tid = tid;
  line.enter = recent != last_nr_.end() && rec.tsc_enter <= recent->second.last_end ? recent->second.last_end + 1
                                                                                       : rec.tsc_enter;  // (restarted)
  line.name = SyscallName(rec.nr);
  line.head = EntryHead(rec.nr, "", args, at_entry);
  interleaver_->Announce(std::move(line));
}

void TracePrinter::Flush(uint64_t now) {
  if (interleaver_) interleaver_->FlushBefore(now);
  FlushPending();
  std::fflush(out_);
}

void TracePrinter::Handle(const Event& e) {
  if (e.kind != Event::Kind::kSyscall) FlushPending();  // (rare events: whatever they write comes after)
  switch (e.kind) {
    case Event::Kind::kSyscall: OnSyscall(e.syscall, e.payload); break;
    case Event::Kind::kProcessStart: OnProcessStart(e.start); break;
    case Event::Kind::kLifecycle: OnLifecycle(e.lifecycle); break;
    case Event::Kind::kCodeMaps:
      if (unwinder_) unwinder_->SetCodeMaps(static_cast<pid_t>(e.pid), e.text);
      break;
    case Event::Kind::kSignal:
      NoteLineEnd(static_cast<pid_t>(e.signal.tid), e.signal.tsc);
      if (e.signal.signo >= 1 && e.signal.signo <= 64 && options_.filters.signals.test(e.signal.signo) &&
          (!options_.summary || options_.summary_and_trace))
        PrintLine(static_cast<pid_t>(e.signal.tid), e.signal.tsc, FormatSignal(e.signal) + SignalBacktrace(e), e.signal.ip,
                  {ShownEvent::Kind::kSignal, e.signal.signo});
      break;
    case Event::Kind::kNotice:
      if (interleaver_) interleaver_->FlushAll();
      FlushPending();
      std::fflush(out_);
      std::fprintf(stderr, "%s\n", e.text.c_str());
      break;
    case Event::Kind::kCorrupt:
      if (interleaver_) interleaver_->FlushAll();
      FlushPending();
      std::fflush(out_);
      std::fprintf(stderr, "lzptrace: corrupt event at offset %llu: %s\n",
                   static_cast<unsigned long long>(e.offset), e.text.c_str());
      break;
  }
}

}  // namespace lzp::cli
