// cli/companion/ptrace_companion.cc — see ptrace_companion.h: the
// companion's thread, its loop, and what it does at each kind of stop
// (signal_policy.cc decides about signals, attach.cc handles -p).
#include "cli/companion/ptrace_companion.h"

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/ptrace.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <sys/syscall.h>
#include <linux/futex.h>
#include <climits>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <vector>

#include "cli/companion/companion_state.h"
#include "cli/launch/interrupt.h"
#include "cli/companion/loader_calls.h"
#include "cli/companion/ring_records.h"
#include "cli/injector/held_signal_info.h"
#include "cli/injector/static_start.h"

namespace lzp::cli {

// One line of /proc/TID/status ("Tgid:", "PPid:", "SigCgt:"), its value as text.
std::string StatusField(pid_t tid, const char* field) {
  char path[64];
  std::snprintf(path, sizeof(path), "/proc/%d/status", tid);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return "";
  char buf[4096];
  ssize_t n = read(fd, buf, sizeof(buf) - 1);
  close(fd);
  if (n <= 0) return "";
  buf[n] = '\0';
  size_t len = std::strlen(field);
  for (char* line = buf; line != nullptr && *line != '\0';) {
    char* end = std::strchr(line, '\n');
    if (std::strncmp(line, field, len) == 0) {
      std::string value(line + len, end ? end : line + std::strlen(line));
      size_t start = value.find_first_not_of(" \t");
      return start == std::string::npos ? "" : value.substr(start);
    }
    line = end ? end + 1 : nullptr;
  }
  return "";
}


// The file `tid` runs (/proc/TID/exe), for messages.
std::string ExecutablePath(pid_t tid) {
  char exe[4096];
  ssize_t n = readlink(("/proc/" + std::to_string(tid) + "/exe").c_str(), exe, sizeof(exe) - 1);
  return std::string(exe, n > 0 ? static_cast<size_t>(n) : 0);
}

PtraceCompanion::PtraceCompanion(const Options& options, std::string interposer_path)
    : state_(std::make_unique<State>(options, std::move(interposer_path))) {}

PtraceCompanion::~PtraceCompanion() {
  if (thread_.joinable()) thread_.join();
}

bool PtraceCompanion::Start(pid_t pid, const Ring& ring, std::string* why) {
  thread_ = std::thread([this, pid, ring] { state_->Run(pid, ring); });
  return AwaitStart(why);
}

// The companion thread has seized what it was given (true), or could not and
// has ended (false, with why).
bool PtraceCompanion::AwaitStart(std::string* why) {
  std::unique_lock<std::mutex> lock(state_->mutex);
  state_->started.wait(lock, [this] { return state_->start_result != 0; });
  if (state_->start_result > 0) return true;
  *why = state_->why;
  lock.unlock();
  thread_.join();
  return false;
}

int PtraceCompanion::Join() {
  if (thread_.joinable()) thread_.join();
  return state_->root_status;
}

bool PtraceCompanion::State::Seize(pid_t pid) {
  long opts = PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT | PTRACE_O_TRACESYSGOOD;
  if (options.follow_forks) opts |= PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE;
  if (ptrace(PTRACE_SEIZE, pid, nullptr, reinterpret_cast<void*>(opts)) != 0) {
    why = std::strerror(errno);
    return false;
  }
  // Stop it at the gate, so that it goes on with syscall stops up to its
  // execve (whose line only a stop at its entry can show).
  int status;
  if (ptrace(PTRACE_INTERRUPT, pid, nullptr, nullptr) != 0 || waitpid(pid, &status, __WALL) != pid || !WIFSTOPPED(status)) {
    why = "the launched program did not stop";
    ptrace(PTRACE_DETACH, pid, nullptr, nullptr);
    return false;
  }
  return true;
}

void PtraceCompanion::State::Run(pid_t pid, Ring ring) {
  CatchFatalSignals(options.interruptible);  // -I 1 and 2: they let the tracees go (main blocks them)
  bool seized = Seize(pid);
  this->ring = ring;
  if (seized) {
    companion::AttachWriter(ring.control, ring.data, ring.capacity, ring.wake_write_fd);
    if (options.summary || options.summary_and_trace)
      loader.CountInto(reinterpret_cast<proto::SyscallCounter*>(reinterpret_cast<uint8_t*>(ring.control) + proto::kCountersOffset),
                      ring.control->tsc_khz);
    root = pid;
    tasks[pid] = Task{pid, true};
    processes[pid].stepping = true;
    loader.BeforeExec(pid);
    Resume(pid, 0);
  }
  if (ReportStart(seized)) Loop();
}

// Tells AwaitStart how the start went; true if there is something to trace.
bool PtraceCompanion::State::ReportStart(bool ok) {
  {
    std::lock_guard<std::mutex> lock(mutex);
    start_result = ok ? 1 : -1;
  }
  started.notify_all();
  return ok;
}

// Every stop is answered at once; a fatal signal of lzptrace's (-I 1 or 2:
// SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM) lets every task go. Ends when no tracee is left.
void PtraceCompanion::State::Loop() {
  for (;;) {
    int status;
    // (__WNOTHREAD: the tracees only; the program's middle parent and an
    // -o |cmd are the main thread's children: cli/launch/parent_shim.h)
    pid_t tid = waitpid(-1, &status, __WALL | __WNOTHREAD);
    if (tid < 0) {
      if (errno != EINTR) break;  // ECHILD: every tracee has gone
      if (g_fatal_signal) {
        DetachAll();
        break;
      }
      continue;
    }
    if (WIFEXITED(status) || WIFSIGNALED(status)) OnEnded(tid, status);
    else if (WIFSTOPPED(status)) OnStop(tid, status);
    companion::FlushPending();  // (the task is running again)
    if (g_fatal_signal) {  // (it came while this stop was handled: no EINTR will tell)
      DetachAll();
      break;
    }
  }
  companion::FlushPending();
  close(ring.wake_write_fd);  // the reader's EOF (tracees are fd-less: ours is the last write end)
  finished.store(true, std::memory_order_release);  // (-u: the tracees hold the pipe too)
  ring.control->reader_futex.fetch_add(1, std::memory_order_seq_cst);  // wake it to see it
  syscall(SYS_futex, &ring.control->reader_futex, FUTEX_WAKE, INT_MAX, nullptr, nullptr, 0);
}

PtraceCompanion::State::Task& PtraceCompanion::State::TaskFor(pid_t tid) {
  auto it = tasks.find(tid);
  if (it != tasks.end()) return it->second;
  // Auto-attached before its creator's event was reported: its process from /proc.
  std::string tgid = StatusField(tid, "Tgid:");
  pid_t pid = tgid.empty() ? tid : static_cast<pid_t>(std::atol(tgid.c_str()));
  if (pid == tid && !processes.count(pid)) {  // a new process: it runs what its parent ran
    std::string ppid = StatusField(tid, "PPid:");
    auto parent = tasks.find(ppid.empty() ? 0 : static_cast<pid_t>(std::atol(ppid.c_str())));
    processes[pid].stepping = parent != tasks.end() && processes[parent->second.pid].stepping;
  }
  return tasks[tid] = Task{pid};
}

void PtraceCompanion::State::Resume(pid_t tid, int sig) {
  auto task = tasks.find(tid);
  bool step = task != tasks.end() && processes[task->second.pid].stepping;
  injector::PutBackSignalInfo(tid, sig);
  ptrace(step ? PTRACE_SYSCALL : PTRACE_CONT, tid, nullptr, reinterpret_cast<void*>(static_cast<long>(sig)));
}

uint64_t PtraceCompanion::State::InterruptedIp(pid_t tid) const {
  if (!options.instruction_pointer) return 0;
  struct user_regs_struct regs;
  return ptrace(PTRACE_GETREGS, tid, nullptr, &regs) == 0 ? regs.rip : 0;
}

void PtraceCompanion::State::OnStop(pid_t tid, int status) {
  Task& task = TaskFor(tid);
  int sig = WSTOPSIG(status);
  int event = status >> 16;
  switch (event) {
    case PTRACE_EVENT_STOP:
      if (!task.started) {  // the attach stop of a new child or thread
        task.started = true;
      } else if (IsStopSignal(sig)) {  // a group stop: it stays stopped, as untraced
        if (!task.group_stopped) companion::WriteLifecycle(task.pid, tid, proto::Lifecycle::kGroupStop, sig);
        task.group_stopped = true;
        ptrace(PTRACE_LISTEN, tid, nullptr, nullptr);
        return;
      }
      return Resume(tid, 0);
    case PTRACE_EVENT_FORK:
    case PTRACE_EVENT_VFORK:
    case PTRACE_EVENT_CLONE: {
      unsigned long child = 0;
      ptrace(PTRACE_GETEVENTMSG, tid, nullptr, &child);
      if (child != 0 && !tasks.count(static_cast<pid_t>(child))) {
        bool thread = event == PTRACE_EVENT_CLONE && StatusField(static_cast<pid_t>(child), "Tgid:") ==
                                                         std::to_string(task.pid);
        pid_t child_pid = thread ? task.pid : static_cast<pid_t>(child);
        if (!thread) {
          processes[child_pid].stepping = processes[task.pid].stepping;
          processes[child_pid].injected_base = processes[task.pid].injected_base;  // (a fork copies it)
        }
        tasks[static_cast<pid_t>(child)] = Task{child_pid};
      }
      return Resume(tid, 0);
    }
    case PTRACE_EVENT_EXEC: {
      // The exec leaves one task, with the process's id: another thread that
      // exec'd takes over the leader's id (its old id is the event's message).
      unsigned long former = 0;
      ptrace(PTRACE_GETEVENTMSG, tid, nullptr, &former);
      if (task.leader_gone && former != static_cast<unsigned long>(tid))
        companion::WriteLifecycle(task.pid, tid, proto::Lifecycle::kSuperseded, static_cast<int>(former));
      task.leader_gone = false;
      for (auto it = tasks.begin(); it != tasks.end();) {
        if (it->second.pid == task.pid && it->first != tid) it = tasks.erase(it);
        else ++it;
      }
      bool launch = tid == root && !root_execed;  // the launch's own exec: the trace starts there
      if (tid == root) root_execed = true;
      if (options.detach_on_exec && !launch) {  // -b execve: it leaves the trace here
        processes.erase(task.pid);
        loader.Forget(task.pid);
        tasks.erase(tid);
        ptrace(PTRACE_DETACH, tid, nullptr, nullptr);
        return;
      }
      Process& process = processes[task.pid];
      // The old image's interposer recorded the execve at its entry; its
      // success is known only now. (Stepped, the companion shows it itself.)
      if (!process.stepping) {
        companion::WriteLifecycle(task.pid, tid, proto::Lifecycle::kExecDone, 0);
        loader.CountExec();
      }
      process.stepping = true;  // the new image's loader runs before its interposer
      process.injected_base = 0;
      // A static image has no loader to start it: the companion does, at the
      // execve's exit stop (with fd-less tracees: it opens the ring as they do).
      const bool static_image = injector::IsStaticImage(tid);
      process.static_image = static_image && !options.step_static && (ring.control->options & proto::kFdless);
      if (static_image && !options.handlers.empty()) {  // handlers come in as audit modules: no loader, no handlers
        std::string exe = ExecutablePath(tid);
        std::fprintf(stderr, "lzptrace: %s is statically linked: its syscalls do not reach the --handler libraries\n",
                     exe.c_str());
      }
      loader.AfterExec(task.pid);
      return Resume(tid, 0);
    }
    case PTRACE_EVENT_EXIT: {
      // Stepped, the call it ends in (exit_group, exit) has had its entry
      // stop only: it is shown now, "= ?", before the end.
      if (processes[task.pid].stepping) loader.LeftInCall(tid, 0);
      unsigned long code = 0;
      bool others = std::any_of(tasks.begin(), tasks.end(),
                                [&](const auto& t) { return t.second.pid == task.pid && t.first != tid; });
      // A leader that goes before its threads is reported when the group is
      // gone (its wait status), as strace does; if another thread's execve
      // was what ended it, the exec says so ("superseded").
      if (tid == task.pid && others) task.leader_gone = true;
      else if (ptrace(PTRACE_GETEVENTMSG, tid, nullptr, &code) == 0 && !task.end_reported) {
        companion::WriteLifecycle(task.pid, tid, proto::Lifecycle::kEnded, static_cast<int>(code));
        task.end_reported = true;
      }
      return Resume(tid, 0);
    }
    case 0:
      if (sig == (SIGTRAP | 0x80)) return OnSyscallStop(tid, task);
      task.started = true;
      return OnSignal(tid, task, sig);
    default:
      return Resume(tid, 0);
  }
}

void PtraceCompanion::State::OnSyscallStop(pid_t tid, Task& task) {
  Process& process = processes[task.pid];
  if (process.stepping && !loader.OnSyscallStop(task.pid, tid)) process.stepping = false;  // the interposer is up
  if (process.stepping && process.static_image) {  // (the first syscall stop after the exec: the execve's exit)
    process.static_image = false;
    return StartInterposerIn(tid, task);
  }
  Resume(tid, 0);
}

// The interposer's file, read once (cli/injector/interposer_image.h).
const injector::InterposerImage* PtraceCompanion::State::Image() {
  if (interposer_image == nullptr && interposer_image_error.empty()) {
    auto image = std::make_unique<injector::InterposerImage>();
    if (injector::LoadInterposerImage(interposer_path, image.get(), &interposer_image_error)) interposer_image = std::move(image);
  }
  return interposer_image.get();
}

// The execve of a static image has returned: start the interposer in it
// (cli/injector/static_start.h), or go on stepping it, and say why.
void PtraceCompanion::State::StartInterposerIn(pid_t tid, Task& task) {
  injector::StartOutcome started;
  if (Image() != nullptr) started = injector::StartInterposer(tid, *interposer_image, interposer_path, *ring.control);
  else started.why = interposer_image_error;
  switch (started.result) {
    case injector::StartResult::kEnded:
      return OnEnded(tid, started.end_status);
    case injector::StartResult::kStarted:
      processes[task.pid].stepping = false;
      loader.Forget(task.pid);
      break;
    case injector::StartResult::kNotStarted:
      std::fprintf(stderr, "lzptrace: %s is statically linked and lzptrace could not start its interposer in it (%s): "
                   "traced through ptrace syscall stops (at strace's speed)\n", ExecutablePath(tid).c_str(), started.why.c_str());
      break;
  }
  Resume(tid, started.pending_signal);
}

void PtraceCompanion::State::OnEnded(pid_t tid, int status) {
  auto it = tasks.find(tid);
  if (it != tasks.end()) {
    if (!it->second.end_reported)  // no exit stop (killed outright): say it now
      companion::WriteLifecycle(it->second.pid, tid, proto::Lifecycle::kEnded, status);
    if (it->first == it->second.pid) {
      processes.erase(it->second.pid);
      loader.Forget(it->second.pid);
    }
    tasks.erase(it);
  }
  if (tid == root) root_status = status;
}

}  // namespace lzp::cli
