// cli/perfetto/perfetto_sink.cc — see perfetto_sink.h.
#include "cli/perfetto/perfetto_sink.h"

#include <sys/syscall.h>

#include <algorithm>

#include <fmt/format.h>

#include "cli/json/json_text.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli::perfetto {
namespace {

bool IsClone(uint64_t nr) { return nr == SYS_clone || nr == SYS_clone3 || nr == SYS_fork || nr == SYS_vfork; }
bool IsExec(uint64_t nr) { return nr == SYS_execve || nr == SYS_execveat; }

std::string BaseName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The program an execve ran: the last part of its path argument, as strace
// quoted it (escapes and all: it is only a name).
std::string ExecutedProgram(const ShownEvent& e) {
  size_t path_arg = e.nr == SYS_execveat ? 1 : 0;
  if (e.args == nullptr || e.args->size() <= path_arg) return "";
  const std::string& text = (*e.args)[path_arg];
  size_t end = text.size() >= 2 && text[0] == '"' ? text.find('"', 1) : std::string::npos;
  return end == std::string::npos ? "" : BaseName(text.substr(1, end - 1));
}

std::string Ts(double micros) { return fmt::format("{:.3f}", micros < 0 ? 0.0 : micros); }

}  // namespace

PerfettoSink::PerfettoSink(FILE* out, const TscClock* clock, uint64_t start_tsc, pid_t main_pid, const std::string& program)
    : out_(out), clock_(clock), start_tsc_(start_tsc) {
  std::fputs("{\"displayTimeUnit\": \"ns\", \"traceEvents\": [\n", out_);
  if (main_pid > 0) process_names_[main_pid] = BaseName(program);
}

double PerfettoSink::Micros(uint64_t tsc) const {
  return static_cast<int64_t>(tsc - start_tsc_) < 0 ? 0 : clock_->Seconds(tsc - start_tsc_) * 1e6;
}

void PerfettoSink::Emit(const std::string& event) {
  if (!first_) std::fputs(",\n", out_);
  first_ = false;
  std::fwrite(event.data(), 1, event.size(), out_);
}

void PerfettoSink::NameProcess(pid_t pid, const std::string& name) {
  process_names_[pid] = name;
  Emit(fmt::format("{{\"ph\": \"M\", \"name\": \"process_name\", \"pid\": {}, \"tid\": {}, \"args\": {{\"name\": {}}}}}",
                   pid, pid, json::JsonString(name)));
}

void PerfettoSink::Meet(pid_t pid, pid_t tid, double ts) {
  first_seen_.emplace(tid, ts);
  if (!named_threads_.insert(tid).second) return;
  auto known = process_names_.find(pid);
  std::string name = known != process_names_.end() ? known->second : fmt::format("pid {}", pid);
  if (tid == pid) NameProcess(pid, name);
  Emit(fmt::format("{{\"ph\": \"M\", \"name\": \"thread_name\", \"pid\": {}, \"tid\": {}, \"args\": {{\"name\": {}}}}}",
                   pid, tid, json::JsonString(tid == pid ? name : fmt::format("{} {}", name, tid))));
}

// fork/clone: an arrow from the call to the child's first event; execve: from
// the call to the new program's first event.
void PerfettoSink::Flows(const ShownEvent& e, double ts) {
  auto awaited = awaited_flows_.find(e.tid);
  if (awaited != awaited_flows_.end()) {
    Emit(fmt::format("{{\"ph\": \"f\", \"bp\": \"e\", \"cat\": \"process\", \"name\": \"start\", \"id\": {}, \"pid\": {}, "
                     "\"tid\": {}, \"ts\": {}}}", awaited->second, e.pid, e.tid, Ts(ts)));
    awaited_flows_.erase(awaited);
  }
  if (e.kind != ShownEvent::Kind::kSyscall || !e.returned || e.failed) return;
  if (IsClone(e.nr) && e.ret > 0) {
    pid_t child = static_cast<pid_t>(e.ret);
    uint64_t id = static_cast<uint64_t>(child);
    Emit(fmt::format("{{\"ph\": \"s\", \"cat\": \"process\", \"name\": \"start\", \"id\": {}, \"pid\": {}, \"tid\": {}, "
                     "\"ts\": {}}}", id, e.pid, e.tid, Ts(ts)));
    bool thread = (e.nr == SYS_clone || e.nr == SYS_clone3) && e.args != nullptr &&
                  std::any_of(e.args->begin(), e.args->end(), [](auto& a) { return a.find("CLONE_THREAD") != std::string::npos; });
    auto seen = first_seen_.find(child);
    if (!thread) {  // a new process runs its parent's program until it execs
      std::string name = process_names_.count(e.pid) ? process_names_[e.pid] : fmt::format("pid {}", e.pid);
      if (seen != first_seen_.end()) NameProcess(child, name);  // it was met already, without a name
      else process_names_[child] = name;
    }
    if (seen == first_seen_.end()) {
      awaited_flows_[child] = id;
    } else {  // the child's first event came before its parent's call returned (records come in exit order)
      Emit(fmt::format("{{\"ph\": \"f\", \"bp\": \"e\", \"cat\": \"process\", \"name\": \"start\", \"id\": {}, "
                       "\"pid\": {}, \"tid\": {}, \"ts\": {}}}", id, child, child, Ts(seen->second > ts ? seen->second : ts)));
    }
  } else if (IsExec(e.nr)) {
    std::string program = ExecutedProgram(e);
    if (!program.empty()) NameProcess(e.pid, program);
    uint64_t id = next_flow_id_++;
    Emit(fmt::format("{{\"ph\": \"s\", \"cat\": \"process\", \"name\": \"exec\", \"id\": {}, \"pid\": {}, \"tid\": {}, "
                     "\"ts\": {}}}", id, e.pid, e.tid, Ts(ts)));
    awaited_flows_[e.tid] = id;
  }
}

void PerfettoSink::Add(const ShownEvent& e) {
  double ts = Micros(e.tsc);
  Meet(e.pid, e.tid, ts);
  std::string event;
  if (e.kind == ShownEvent::Kind::kSyscall) {
    double duration = e.returned ? Micros(e.tsc_exit) - ts : 0;
    event = fmt::format("{{\"ph\": \"X\", \"cat\": \"{}\", \"name\": {}, \"pid\": {}, \"tid\": {}, \"ts\": {}, \"dur\": {}, "
                        "\"args\": {{\"line\": {}, \"result\": {}}}}}",
                        e.failed ? "syscall,failed" : "syscall", json::JsonString(e.name), e.pid, e.tid, Ts(ts),
                        Ts(duration < 0 ? 0 : duration), json::JsonString(e.text), json::JsonString(e.result));
  } else {
    bool signal = e.kind == ShownEvent::Kind::kSignal || e.kind == ShownEvent::Kind::kStopped;
    std::string name = signal ? SignalLabel(e.number)
                       : e.kind == ShownEvent::Kind::kExited ? fmt::format("exit {}", e.number)
                       : e.kind == ShownEvent::Kind::kKilled ? "killed by " + SignalLabel(e.number)
                                                            : "superseded";
    event = fmt::format("{{\"ph\": \"i\", \"s\": \"t\", \"cat\": \"{}\", \"name\": {}, \"pid\": {}, \"tid\": {}, "
                        "\"ts\": {}, \"args\": {{\"line\": {}}}}}",
                        signal ? "signal" : "exit", json::JsonString(name), e.pid, e.tid, Ts(ts), json::JsonString(e.text));
  }
  Emit(event);
  Flows(e, ts);
}

void PerfettoSink::Finish() {
  if (finished_) return;
  finished_ = true;
  std::fputs("\n]}\n", out_);
  std::fflush(out_);
}

}  // namespace lzp::cli::perfetto
