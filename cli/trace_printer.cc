// cli/trace_printer.cc — strace's line shapes.
//
//   name(args) <padded to column 40> = result
//   [pid  1234] prefix when following forks and more than one task is live
//   (with -o FILE and -f: "1234  " on every line), as strace 6.1 does.
// execve is recorded before it runs; we hold it until the new image reports
// (it then printed "= 0") or the call comes back with an error.
#include "cli/trace_printer.h"

#include <sys/syscall.h>
#include <sys/wait.h>

#include <algorithm>
#include <vector>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>

#include <fmt/format.h>

#include "cli/siginfo_format.h"
#include "cli/syscall_format.h"

namespace lzp::cli {

namespace {
// How long (in TSC ticks, ~10 ms at 2 GHz) lines wait for a call that entered
// before them and has not returned yet.
constexpr uint64_t kInterleaveWindowTicks = 20'000'000;
bool IsCloneFamily(uint64_t nr) { return nr == SYS_clone || nr == SYS_clone3 || nr == SYS_fork || nr == SYS_vfork; }
bool IsExec(uint64_t nr) { return nr == SYS_execve || nr == SYS_execveat; }
}  // namespace

TracePrinter::TracePrinter(const Options& options, FILE* out, pid_t main_pid, const TscClock* clock)
    : options_(options), out_(out), main_pid_(main_pid), clock_(clock), start_tsc_(ReadTsc()) {
  live_[main_pid] = main_pid;
  format_.string_limit = options.string_limit;
  format_.hex = options.hex;
  format_.verbose = options.verbose;
  format_.decode_fds = options.decode_fds;
  format_.raw = &options.filters.raw;
  format_.abbrev = &options.filters.abbrev;
  format_.decoded = &options.filters.verbose;
  if (options.stack_trace) unwinder_ = std::make_unique<StackUnwinder>();
  if (options.pid_names) format_.pid_names = (pid_names_ = std::make_unique<PidNames>()).get();
  // Tasks can interleave only when following them into one output.
  if (options.follow_forks && !PerThreadFiles() && !(options.summary && !options.summary_and_trace))
    interleaver_ = std::make_unique<Interleaver>(
        [this](pid_t tid) { return OutFor(tid); }, [this](pid_t tid, uint64_t tsc) { return Prefix(tid, tsc); },
        [this](pid_t tid) { live_.erase(tid); }, options.align_column, kInterleaveWindowTicks);
}

FILE* TracePrinter::OutFor(pid_t tid) {
  if (!PerThreadFiles()) return out_;
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
  if (PerThreadFiles()) {
    // -ff -o FILE: the file says which thread.
  } else if (options_.follow_forks && !options_.output_file.empty()) {
    prefix = pid_names_ ? fmt::format("{}{} ", tid, pid_names_->Suffix(tid)) : fmt::format("{:<5} ", tid);
  } else if (options_.follow_forks && live_.size() > 1) {
    prefix = fmt::format("[pid {:>5}{}] ", tid, pid_names_ ? pid_names_->Suffix(tid) : "");
  }
  if (options_.relative) {
    double delta = last_tsc_ ? clock_->Seconds(tsc - last_tsc_) : clock_->Seconds(tsc - start_tsc_);
    if (static_cast<int64_t>(tsc - (last_tsc_ ? last_tsc_ : start_tsc_)) < 0) delta = 0;
    long micros = std::lround(delta * 1e6);
    prefix += fmt::format("{:6}.{:06} ", micros / 1000000, micros % 1000000);
    last_tsc_ = tsc;
  } else if (options_.timestamps) {
    double t = clock_->Realtime(tsc);
    time_t seconds = static_cast<time_t>(t);
    long micros = static_cast<long>((t - seconds) * 1e6);
    if (options_.timestamps >= 3) {
      prefix += fmt::format("{}.{:06} ", seconds, micros);
    } else {
      struct tm local;
      localtime_r(&seconds, &local);
      char hms[16];
      std::strftime(hms, sizeof(hms), "%H:%M:%S", &local);
      prefix += options_.timestamps == 2 ? fmt::format("{}.{:06} ", hms, micros) : fmt::format("{} ", hms);
    }
  }
  return prefix;
}

bool TracePrinter::Interleaving() {
  if (!interleaver_) return false;
  // One task cannot interleave with itself: write directly, unless lines of
  // several tasks are still held.
  if (live_.size() > 1) {
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

std::string TracePrinter::SyscallNumber(uint64_t nr) const {
  return options_.syscall_numbers ? fmt::format("[{:4}] ", nr) : "";
}

void TracePrinter::PrintLine(pid_t tid, uint64_t tsc, const std::string& text_without_ip, uint64_t ip) {
  // -n on a signal or exit line: the number of the task's last syscall, as strace.
  auto last = last_nr_.find(tid);
  std::string number = options_.syscall_numbers ? (last != last_nr_.end() ? SyscallNumber(last->second) : "[????] ") : "";
  std::string text = number + Ip(nullptr, ip) + text_without_ip;
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
  std::fputs(line.c_str(), OutFor(tid));
}

std::string TracePrinter::Result(const proto::SyscallRecord& rec, const Captures& captures, const std::string* ret) {
  std::string result = ret ? *ret : FormatReturn(rec, captures, format_);
  if (options_.durations && !(rec.flags & proto::kNoReturn) && ret == nullptr) {
    long micros = std::lround(clock_->Seconds(rec.tsc_exit - rec.tsc_enter) * 1e6);
    result += fmt::format(" <{}.{:06}>", micros / 1000000, micros % 1000000);
  }
  if (ret == nullptr && !(options_.filters.read_fds.none() && options_.filters.write_fds.none()))
    result += HexDumps(rec, captures);
  if (ret == nullptr && unwinder_) result += Backtrace(rec, captures);
  return result;
}

// -b execve: the process leaves the trace at its exec. strace ends its line
// " <detached ...>" (or leaves it unfinished when other tasks' lines follow)
// and says so on stderr.
void TracePrinter::Detach(const proto::SyscallRecord& rec, const Captures& captures) {
  pid_t tid = static_cast<pid_t>(rec.tid);
  if (Shows(rec) && TouchesPath(rec, captures)) {
    bool others = live_.size() > 1;
    std::string call = SyscallNumber(rec.nr) + Ip(&captures) + SyscallName(rec.nr) + "(";
    std::vector<std::string> args = FormatArguments(rec, captures, format_, nullptr);
    for (size_t i = 0; i < args.size(); ++i) call += (i ? ", " : "") + args[i];
    PrintLine(tid, rec.tsc_enter, call + (others ? " <unfinished ...>" : " <detached ...>"));
  }
  if (interleaver_) interleaver_->FlushAll();
  std::fflush(out_);
  if (!options_.quiet_attach) std::fprintf(stderr, "lzptrace: Process %d detached\n", tid);
  live_.erase(tid);
  detached_.insert(tid);
  if (tid == main_pid_) main_exit_printed_ = true;  // its end is not ours to report
}

// -Y: names the trace gives: PR_SET_NAME's (captured at entry), and a new
// task's creator's.
void TracePrinter::LearnNames(const proto::SyscallRecord& rec, const Captures& captures, pid_t tid, pid_t pid) {
  constexpr uint64_t kPrSetName = 15;
  if (!pid_names_->Knows(tid)) pid_names_->Inherit(tid, pid);  // a thread named as its process
  const Capture* name = rec.nr == SYS_prctl && rec.args[0] == kPrSetName && rec.ret == 0
                            ? captures.Find(1, proto::kAtEntry) : nullptr;
  if (name != nullptr && !name->faulted()) pid_names_->Learn(tid, name->data.substr(0, name->data.find('\0')));
  if (IsCloneFamily(rec.nr) && rec.ret > 0) pid_names_->Inherit(static_cast<pid_t>(rec.ret), tid);
}

// -k: the stack the interposer saw at entry. exit and exit_group never
// return: strace prints their stacks when the task's end is reported.
std::string TracePrinter::Backtrace(const proto::SyscallRecord& rec, const Captures& captures) {
  const Capture* c = unwinder_ ? captures.Find(0, proto::kStackSnapshot) : nullptr;
  if (c == nullptr) return "";
  bool exits = rec.nr == SYS_exit || rec.nr == SYS_exit_group;
  std::string lines = unwinder_->Backtrace(static_cast<pid_t>(rec.pid), c->data, rec.nr == SYS_exit_group);
  if (!exits) return lines;
  exit_backtrace_[static_cast<pid_t>(rec.tid)] = std::move(lines);
  return "";
}

// -k: where the signal interrupted the program.
std::string TracePrinter::SignalBacktrace(const Event& e) {
  if (!unwinder_) return "";
  Captures captures;
  if (!captures.Parse(reinterpret_cast<const uint8_t*>(e.payload.data()), e.payload.size())) return "";
  const Capture* c = captures.Find(0, proto::kStackSnapshot);
  return c ? unwinder_->Backtrace(static_cast<pid_t>(e.signal.pid), c->data) : "";
}

std::string TracePrinter::TakeExitBacktrace(pid_t tid) {
  auto it = exit_backtrace_.find(tid);
  if (it == exit_backtrace_.end()) return "";
  std::string lines = std::move(it->second);
  exit_backtrace_.erase(it);
  return lines;
}

// -e read=/write=: strace's hex dump of what the call read or wrote, after its line.
namespace {

// strace's hex dump lines: " | 00000  68 69 0a ...  hi.              |".
void AppendHexDump(std::string& out, std::string_view data) {
  for (size_t line = 0; line < data.size(); line += 16) {
    std::string hex, text;
    for (size_t j = 0; j < 16; ++j) {
      if (line + j < data.size()) {
        unsigned char b = static_cast<unsigned char>(data[line + j]);
        hex += fmt::format("{:02x} ", b);
        text += b >= 0x20 && b < 0x7f ? static_cast<char>(b) : '.';
      } else {
        hex += "   ";
        text += ' ';
      }
      if (j == 7) hex += ' ';
    }
    out += fmt::format("\n | {:05x}  {} {} |", line, hex, text);
  }
}

// iovecs: each buffer on its own, as strace: " * N bytes in buffer I", up to
// `left` bytes in all (what was really read or written).
void AppendIovecDumps(std::string& out, const Capture& c, uint64_t left) {
  size_t at = 0;
  for (int buffer = 0; at + sizeof(proto::CapturedIovec) <= c.data.size() && left > 0; ++buffer) {
    proto::CapturedIovec v;
    std::memcpy(&v, c.data.data() + at, sizeof(v));
    at += sizeof(v);
    uint64_t n = std::min<uint64_t>({v.captured, c.data.size() - at, left});
    out += fmt::format("\n * {} bytes in buffer {}", n, buffer);
    AppendHexDump(out, c.data.substr(at, n));
    left -= std::min<uint64_t>(left, v.len);
    at += (std::min<uint64_t>(v.captured, c.data.size() - at) + 7) & ~uint64_t{7};
  }
}

}  // namespace

std::string TracePrinter::HexDumps(const proto::SyscallRecord& rec, const Captures& captures) const {
  const table::SyscallInfo* info = table::SyscallByNumber(rec.nr);
  if (info == nullptr || info->nargs == 0 || info->args[0].kind != table::ArgKind::Fd || rec.ret <= 0 ||
      rec.args[0] >= 1024 || (options_.filters.read_fds.none() && options_.filters.write_fds.none()))
    return "";
  std::string out;
  uint64_t left = static_cast<uint64_t>(rec.ret);  // only what was really read or written
  bool dump_reads = options_.filters.read_fds.test(rec.args[0]), dump_writes = options_.filters.write_fds.test(rec.args[0]);
  for (int i = 1; i < info->nargs; ++i) {
    table::ArgKind k = info->args[i].kind;
    bool reading = k == table::ArgKind::OutBuf || k == table::ArgKind::OutIovec;
    bool writing = k == table::ArgKind::InBuf || k == table::ArgKind::InIovec;
    if (!(reading && dump_reads) && !(writing && dump_writes)) continue;
    const Capture* c = captures.Find(i, reading ? proto::kAtExit : proto::kAtEntry);
    if (c == nullptr || c->faulted()) continue;
    if (k == table::ArgKind::InBuf || k == table::ArgKind::OutBuf) AppendHexDump(out, c->data.substr(0, left));
    else AppendIovecDumps(out, *c, left);
  }
  // sendmsg/recvmsg: the iovecs their msghdr points to.
  bool send = rec.nr == SYS_sendmsg, receive = rec.nr == SYS_recvmsg;
  if ((send && dump_writes) || (receive && dump_reads))
    if (const Capture* c = captures.Find(proto::kMsgIovArg, send ? proto::kAtEntry : proto::kAtExit); c && !c->faulted())
      AppendIovecDumps(out, *c, left);
  // sendmmsg/recvmmsg: each message handled, as strace: " = 1 buffers in vector 0".
  bool send_many = rec.nr == SYS_sendmmsg, receive_many = rec.nr == SYS_recvmmsg;
  const Capture* vec = captures.Find(1, proto::kAtExit);
  if (((send_many && dump_writes) || (receive_many && dump_reads)) && vec != nullptr && !vec->faulted()) {
    uint64_t n = std::min<uint64_t>(static_cast<uint64_t>(rec.ret), vec->data.size() / 64);
    for (uint64_t k = 0; k < n; ++k) {
      uint64_t iovlen, length = 0;
      std::memcpy(&iovlen, vec->data.data() + k * 64 + 24, 8);
      std::memcpy(&length, vec->data.data() + k * 64 + 56, 4);
      out += fmt::format("\n = {} buffers in vector {}", iovlen, k);
      const Capture* iov = captures.Find(proto::kMmsgArg0 + 3 * static_cast<int>(k) + 1,
                                         send_many ? proto::kAtEntry : proto::kAtExit);
      if (iov != nullptr && !iov->faulted()) AppendIovecDumps(out, *iov, length);
    }
  }
  return out;
}

void TracePrinter::PrintSyscall(const proto::SyscallRecord& rec, const Captures& captures, const std::string* ret) {
  pid_t tid = static_cast<pid_t>(rec.tid);
  if (Interleaving()) {
    size_t at_entry = 0;
    std::vector<std::string> args = FormatArguments(rec, captures, format_, &at_entry);
    TraceLine line;
    line.tid = tid;
    line.syscall = true;
    line.enter = rec.tsc_enter;
    line.exit = rec.tsc_exit < rec.tsc_enter ? rec.tsc_enter : rec.tsc_exit;
    line.name = SyscallName(rec.nr);
    line.head = SyscallNumber(rec.nr) + Ip(&captures) + line.name + "(";
    for (size_t i = 0; i < at_entry; ++i) line.head += args[i] + (i + 1 < args.size() ? ", " : "");
    for (size_t i = at_entry; i < args.size(); ++i) line.tail += args[i] + (i + 1 < args.size() ? ", " : "");
    line.tail += ")";
    line.result = Result(rec, captures, ret);
    interleaver_->Add(std::move(line));
    return;
  }
  // The common case, one line per call: built in a reused buffer.
  std::string& line = line_;
  line.clear();
  line += Prefix(tid, rec.tsc_enter);
  if (options_.syscall_numbers) line += SyscallNumber(rec.nr);
  if (options_.instruction_pointer) line += Ip(&captures);
  line += FormatCall(rec, captures, format_);
  line += ' ';
  if (line.size() < options_.align_column) line.append(options_.align_column - line.size(), ' ');
  line += Result(rec, captures, ret);
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), OutFor(static_cast<pid_t>(rec.tid)));
}

bool TracePrinter::Shows(const proto::SyscallRecord& rec) const {
  if ((rec.flags & proto::kHidden) || (options_.summary && !options_.summary_and_trace)) return false;
  if (rec.nr < 512 && !options_.filters.trace.test(rec.nr)) return false;
  uint32_t status = (rec.flags & proto::kNoReturn) ? kStatusUnfinished
                    : (rec.ret < 0 && rec.ret >= -4095) ? kStatusFailed : kStatusSuccessful;
  return options_.filters.status & status;
}

// -P: does the syscall name one of the paths, or use an fd that refers to one?
bool TracePrinter::TouchesPath(const proto::SyscallRecord& rec, const Captures& captures) const {
  if (options_.paths.empty()) return true;
  const table::SyscallInfo* info = table::SyscallByNumber(rec.nr);
  for (int i = 0; i <= proto::kReturnArg; ++i) {
    const Capture* fd_path = captures.Find(i, proto::kFdPath);
    const Capture* path = i < 6 && info && i < info->nargs && info->args[i].kind == table::ArgKind::Path
                              ? captures.Find(i, proto::kAtEntry) : nullptr;
    for (const std::string& wanted : options_.paths)
      if ((fd_path && fd_path->data == wanted) || (path && !path->faulted() && path->data == wanted)) return true;
  }
  return false;
}

void TracePrinter::ExitTask(pid_t tid, uint64_t tsc, int status) {
  bool printed = (!options_.summary || options_.summary_and_trace) && !options_.quiet_exit;
  if (printed) PrintLine(tid, tsc, fmt::format("+++ exited with {} +++", status) + TakeExitBacktrace(tid));
  if (!printed || !interleaver_) live_.erase(tid);  // else when the line is written (the prefix counts tasks)
  if (tid == main_pid_) main_exit_printed_ = true;
}

void TracePrinter::OnSyscall(const proto::SyscallRecord& rec, std::string_view payload) {
  pid_t tid = static_cast<pid_t>(rec.tid), pid = static_cast<pid_t>(rec.pid);
  live_.emplace(tid, pid);
  if (options_.syscall_numbers) last_nr_[tid] = rec.nr;
  Captures& captures = captures_;  // reused: no allocation per record
  if (!captures.Parse(reinterpret_cast<const uint8_t*>(payload.data()), payload.size()))
    std::fprintf(stderr, "lzptrace: malformed argument data in a %s record (tid %d)\n", SyscallName(rec.nr).c_str(), tid);
  if (pid_names_) LearnNames(rec, captures, tid, pid);
  if (IsExec(rec.nr)) {
    if (rec.flags & proto::kDetached) return Detach(rec, captures);
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
      if (Shows(failed) && TouchesPath(failed, entry)) PrintSyscall(failed, entry);
      return;
    }
    if (Shows(rec) && TouchesPath(rec, captures)) PrintSyscall(rec, captures);
    return;
  }
  if (rec.nr == SYS_wait4 && rec.ret > 0) {  // a child it reaps may have been killed: say so first, as strace
    const Capture* status = captures.Find(1, proto::kAtExit);
    int32_t s = status != nullptr && !status->faulted() && status->data.size() >= 4 ? Field<int32_t>(status->data, 0) : 0;
    if (status != nullptr && WIFSIGNALED(s)) ReportKilled(static_cast<pid_t>(rec.ret), s, rec.tsc_exit);
  }
  if (Shows(rec) && TouchesPath(rec, captures)) PrintSyscall(rec, captures);
  if (rec.nr == SYS_exit_group) {
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
    if (!options_.quiet_attach && (!options_.summary || options_.summary_and_trace))
      std::fprintf(stderr, "lzptrace: Process %lld attached\n", static_cast<long long>(rec.ret));
  }
  if (unwinder_ && IsCloneFamily(rec.nr) && rec.ret > 0 && unwinder_->MappingsOf(static_cast<pid_t>(rec.ret)) == nullptr)
    unwinder_->CopyCodeMaps(pid, static_cast<pid_t>(rec.ret));  // a new process starts with its parent's code
}

void TracePrinter::OnProcessStart(const proto::ProcessStartRecord& rec) {
  pid_t pid = static_cast<pid_t>(rec.pid);
  if (pid_names_) pid_names_->Learn(pid, std::string_view(rec.comm, strnlen(rec.comm, sizeof(rec.comm))));
  auto it = pending_exec_.find(pid);
  if (it == pending_exec_.end()) return;
  proto::SyscallRecord exec = it->second.rec;
  std::string payload = std::move(it->second.payload);  // the captures point into it
  pending_exec_.erase(it);
  Captures captures;
  captures.Parse(reinterpret_cast<const uint8_t*>(payload.data()), payload.size());
  for (auto t = live_.begin(); t != live_.end();) {  // execve leaves one thread, with the pid as tid
    if (t->second == pid && t->first != pid) t = live_.erase(t);
    else ++t;
  }
  exec.tid = rec.pid;
  exec.flags &= ~proto::kNoReturn;
  exec.ret = 0;
  if (Shows(exec) && TouchesPath(exec, captures)) PrintSyscall(exec, captures);
}

void TracePrinter::Flush() {
  if (interleaver_) interleaver_->FlushBefore(ReadTsc());
  std::fflush(out_);
}

void TracePrinter::Handle(const Event& e) {
  switch (e.kind) {
    case Event::Kind::kSyscall: OnSyscall(e.syscall, e.payload); break;
    case Event::Kind::kProcessStart: OnProcessStart(e.start); break;
    case Event::Kind::kCodeMaps:
      if (unwinder_) unwinder_->SetCodeMaps(static_cast<pid_t>(e.pid), e.text);
      break;
    case Event::Kind::kSignal:
      if (e.signal.signo >= 1 && e.signal.signo <= 64 && options_.filters.signals.test(e.signal.signo) &&
          (!options_.summary || options_.summary_and_trace))
        PrintLine(static_cast<pid_t>(e.signal.tid), e.signal.tsc, FormatSignal(e.signal) + SignalBacktrace(e), e.signal.ip);
      break;
    case Event::Kind::kNotice:
      if (interleaver_) interleaver_->FlushAll();
      std::fflush(out_);
      std::fprintf(stderr, "%s\n", e.text.c_str());
      break;
    case Event::Kind::kCorrupt:
      if (interleaver_) interleaver_->FlushAll();
      std::fflush(out_);
      std::fprintf(stderr, "lzptrace: corrupt event at offset %llu: %s\n",
                   static_cast<unsigned long long>(e.offset), e.text.c_str());
      break;
  }
}

// The syscalls a killed task was in, from its in-flight slot (untrusted
// shared memory: only numbers are taken from it), oldest first; `pid` 0
// means every task's. Each task is reported once.
std::vector<proto::SyscallRecord> TracePrinter::CutShort(pid_t pid) {
  std::vector<proto::SyscallRecord> cut_short;
  uint32_t count = slots_ == nullptr ? 0 : std::min(slot_next_->load(std::memory_order_acquire), proto::kInflightSlots);
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t tid = slots_[i].owner_tid.load(std::memory_order_acquire);
    uint32_t depth = slots_[i].active_depth.load(std::memory_order_acquire);
    if (tid == 0 || depth == 0 || depth > proto::kInflightDepth) continue;
    if ((pid != 0 && static_cast<pid_t>(slots_[i].pid) != pid) || !reported_cut_short_.insert(tid).second) continue;
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
void TracePrinter::PrintCutShort(const proto::SyscallRecord& rec, uint64_t tsc) {
  if (!Shows(rec)) return;
  size_t at_entry = 0;
  std::vector<std::string> args = FormatArguments(rec, Captures(), format_, &at_entry);
  static const std::string kUnknown = "= ?";
  if (at_entry >= args.size()) {  // nothing was left to print at exit: "kill(42, SIGKILL) = ?"
    proto::SyscallRecord at = rec;
    at.tsc_enter = at.tsc_exit = tsc;
    return PrintSyscall(at, Captures(), &kUnknown);
  }
  std::string call = SyscallNumber(rec.nr) + SyscallName(rec.nr) + "(";
  for (size_t i = 0; i < at_entry; ++i) call += args[i] + ", ";
  call += " <unfinished ...>) ";
  if (call.size() < options_.align_column) call.append(options_.align_column - call.size(), ' ');
  PrintLine(static_cast<pid_t>(rec.tid), tsc, call + kUnknown);
}

// A traced child's parent reaped it killed by a signal (wait4's status):
// what it was doing, and its end, as strace reports them.
void TracePrinter::ReportKilled(pid_t child, int status, uint64_t tsc) {
  bool traced = false;
  for (auto& [tid, pid] : live_) traced |= pid == child;
  if (!traced) return;
  for (const proto::SyscallRecord& rec : CutShort(child)) PrintCutShort(rec, tsc);
  if ((!options_.summary || options_.summary_and_trace) && !options_.quiet_exit)
    PrintLine(child, tsc, fmt::format("+++ killed by {}{} +++", SignalLabel(WTERMSIG(status)),
                                      WCOREDUMP(status) ? " (core dumped)" : ""));
  for (auto it = live_.begin(); it != live_.end();) {
    if (it->second == child && (it->first != child || !interleaver_)) it = live_.erase(it);  // the interleaver drops `child`
    else ++it;
  }
}

void TracePrinter::Finish(int main_status, const proto::InflightSlot* slots, uint32_t slot_count) {
  (void)slots;
  (void)slot_count;
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
    if (Shows(rec)) PrintSyscall(rec, captures);
  }
  pending_exec_.clear();
  if ((options_.summary && !options_.summary_and_trace) || options_.quiet_exit) {
    // -c alone prints only the table; -qq no exit statuses.
  } else if (WIFSIGNALED(main_status)) {
    PrintLine(main_pid_, ReadTsc(), fmt::format("+++ killed by {}{} +++", SignalLabel(WTERMSIG(main_status)),
                                     WCOREDUMP(main_status) ? " (core dumped)" : "") + TakeExitBacktrace(main_pid_));
  } else if (WIFEXITED(main_status) && !main_exit_printed_) {
    PrintLine(main_pid_, ReadTsc(), fmt::format("+++ exited with {} +++", WEXITSTATUS(main_status)) + TakeExitBacktrace(main_pid_));
  }
  if (interleaver_) interleaver_->FlushAll();
  std::fflush(out_);
  for (auto& [tid, f] : per_thread_)
    if (f != out_) std::fclose(f);
  per_thread_.clear();
}

}  // namespace lzp::cli
