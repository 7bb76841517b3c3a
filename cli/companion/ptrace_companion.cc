// cli/companion/ptrace_companion.cc — see ptrace_companion.h.
//
// Which signals the companion reports: the interposer already records every
// signal that reaches a handler the application installed (its wrapper runs
// first), and every SIGSYS, SIGSEGV and SIGBUS that is not its own (it owns
// those three for good). So in a process whose interposer is up, the
// companion reports a signal only if the kernel's disposition for it is not
// "caught" (/proc/TID/status, SigCgt): the default action (ignore, stop,
// terminate, dump core) or SIG_IGN — exactly the ones no handler sees. In a
// process without the interposer (the loader's first calls, a static or
// setuid program) it reports every signal, as strace does.
#include "cli/companion/ptrace_companion.h"

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/ptrace.h>
#include <sys/user.h>
#include <sys/wait.h>
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

#include "cli/companion/loader_calls.h"
#include "cli/companion/ring_records.h"

namespace lzp::cli {
namespace {

volatile sig_atomic_t g_detach_requested = 0;  // -p: SIGINT, SIGTERM, SIGHUP or SIGQUIT came

bool IsStopSignal(int sig) { return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU; }

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

// Is `sig` in the signal mask /proc/TID/status shows as `field` (SigCgt: a
// handler is installed; SigIgn: SIG_IGN)?
bool InMask(pid_t tid, const char* field, int sig) {
  std::string mask = StatusField(tid, field);
  if (mask.empty()) return false;
  unsigned long long bits = std::strtoull(mask.c_str(), nullptr, 16);
  return sig >= 1 && sig <= 64 && ((bits >> (sig - 1)) & 1);
}

// Does the default action of `sig` end the process (terminate or dump core)?
bool DefaultKills(int sig) {
  return !IsStopSignal(sig) && sig != SIGCHLD && sig != SIGURG && sig != SIGWINCH && sig != SIGCONT;
}

// The kernel's codes for a syscall a signal interrupted before it finished.
bool IsRestartCode(int64_t ret) { return ret == -512 || ret == -513 || ret == -514 || ret == -516; }

}  // namespace

struct PtraceCompanion::State {
  struct Task {
    pid_t pid;               // its process (thread group)
    bool started = false;    // its first stop (the attach stop) has been seen
    bool group_stopped = false;
    bool end_reported = false;
    bool leader_gone = false;  // the leader exited before its threads (or was superseded by one's exec)
  };
  struct Process {
    bool stepping = false;   // no interposer (yet): syscall stops show its calls
  };

  const Options& options;
  LoaderCalls loader;
  pid_t root = -1;
  bool root_execed = false;
  int root_status = 0;
  std::map<pid_t, Task> tasks;
  std::map<pid_t, Process> processes;

  std::mutex mutex;
  std::condition_variable started;
  int start_result = 0;  // 0 pending, 1 seized, -1 refused
  std::string why;

  State(const Options& o, std::string interposer) : options(o), loader(o, std::move(interposer)) {}

  void Run(pid_t pid, Ring ring);
  void RunAttached(std::vector<pid_t> pids, Ring ring);
  void Loop();
  void DetachAll();
  bool detached = false;  // -p: let go on request
  bool Seize(pid_t pid);
  void OnStop(pid_t tid, int status);
  void OnEnded(pid_t tid, int status);
  void OnSignal(pid_t tid, Task& task, int sig);
  void OnSyscallStop(pid_t tid, Task& task);
  bool DeferToThread(pid_t tid, const siginfo_t& info);
  proto::InflightSlot* SlotOf(pid_t tid) const;
  void RecordCallCutBy(Task& task, pid_t tid, bool kills);
  Ring ring = {};
  void Resume(pid_t tid, int sig);
  Task& TaskFor(pid_t tid);
  uint64_t InterruptedIp(pid_t tid) const;
};

PtraceCompanion::PtraceCompanion(const Options& options, std::string interposer_path)
    : state_(std::make_unique<State>(options, std::move(interposer_path))) {}

PtraceCompanion::~PtraceCompanion() {
  if (thread_.joinable()) thread_.join();
}

bool PtraceCompanion::Start(pid_t pid, const Ring& ring, std::string* why) {
  thread_ = std::thread([this, pid, ring] { state_->Run(pid, ring); });
  std::unique_lock<std::mutex> lock(state_->mutex);
  state_->started.wait(lock, [this] { return state_->start_result != 0; });
  if (state_->start_result > 0) return true;
  *why = state_->why;
  lock.unlock();
  thread_.join();
  return false;
}

bool PtraceCompanion::Attach(const std::vector<pid_t>& pids, const Ring& ring, std::string* why) {
  thread_ = std::thread([this, pids, ring] { state_->RunAttached(pids, ring); });
  std::unique_lock<std::mutex> lock(state_->mutex);
  state_->started.wait(lock, [this] { return state_->start_result != 0; });
  if (state_->start_result > 0) return true;
  *why = state_->why;
  lock.unlock();
  thread_.join();
  return false;
}

bool PtraceCompanion::Detached() const { return state_->detached; }

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
  bool seized = Seize(pid);
  this->ring = ring;
  if (seized) {
    companion::AttachWriter(ring.control, ring.data, ring.capacity, ring.wake_write_fd);
    if (options.summary || options.summary_and_trace)
      loader.CountInto(reinterpret_cast<proto::SyscallCounter*>(reinterpret_cast<uint8_t*>(ring.control) + proto::kCountersOffset));
    root = pid;
    tasks[pid] = Task{pid, true};
    processes[pid].stepping = true;
    loader.BeforeExec(pid);
    Resume(pid, 0);
  }
  {
    std::lock_guard<std::mutex> lock(mutex);
    start_result = seized ? 1 : -1;
  }
  started.notify_all();
  if (!seized) return;
  Loop();
}

// Every stop is answered at once; a detach request (-p: SIGINT, SIGTERM,
// SIGHUP) lets every task go. Ends when no tracee is left.
void PtraceCompanion::State::Loop() {
  for (;;) {
    int status;
    pid_t tid = waitpid(-1, &status, __WALL);
    if (tid < 0) {
      if (errno != EINTR) break;  // ECHILD: every tracee has gone
      if (g_detach_requested) {
        DetachAll();
        break;
      }
      continue;
    }
    if (WIFEXITED(status) || WIFSIGNALED(status)) OnEnded(tid, status);
    else if (WIFSTOPPED(status)) OnStop(tid, status);
    companion::FlushPending();  // (the task is running again)
  }
  companion::FlushPending();
  close(ring.wake_write_fd);  // the reader's EOF
}

// -p: seize every thread of each process, stop it, and step it with syscall
// stops from then on (the interposer is not injected: issue-level limit, said
// in the usage). strace's messages on stderr.
void PtraceCompanion::State::RunAttached(std::vector<pid_t> pids, Ring ring) {
  struct sigaction detach = {};
  detach.sa_handler = [](int) { g_detach_requested = 1; };  // no SA_RESTART: waitpid returns EINTR
  sigemptyset(&detach.sa_mask);
  sigset_t these;
  sigemptyset(&these);
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) {
    sigaction(sig, &detach, nullptr);
    sigaddset(&these, sig);
  }
  pthread_sigmask(SIG_UNBLOCK, &these, nullptr);  // the main thread blocks them: they come here
  this->ring = ring;
  companion::AttachWriter(ring.control, ring.data, ring.capacity, ring.wake_write_fd);
  if (options.summary || options.summary_and_trace)
    loader.CountInto(reinterpret_cast<proto::SyscallCounter*>(reinterpret_cast<uint8_t*>(ring.control) + proto::kCountersOffset));
  long opts = PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT | PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACECLONE;  // threads always
  if (options.follow_forks) opts |= PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK;
  for (pid_t pid : pids) {
    std::vector<pid_t> threads;
    std::string dir = "/proc/" + std::to_string(pid) + "/task";
    if (DIR* d = opendir(dir.c_str())) {
      while (struct dirent* e = readdir(d))
        if (e->d_name[0] >= '0' && e->d_name[0] <= '9') threads.push_back(static_cast<pid_t>(std::atol(e->d_name)));
      closedir(d);
    }
    if (threads.empty()) threads.push_back(pid);
    int attached = 0;
    for (pid_t tid : threads) {
      if (ptrace(PTRACE_SEIZE, tid, nullptr, reinterpret_cast<void*>(opts)) != 0) {
        if (tid == pid) why = "attach: ptrace(PTRACE_SEIZE, " + std::to_string(pid) + "): " + std::strerror(errno);
        continue;
      }
      tasks[tid] = Task{pid, true};
      ptrace(PTRACE_INTERRUPT, tid, nullptr, nullptr);
      ++attached;
    }
    if (attached == 0) continue;
    processes[pid].stepping = true;
    if (root < 0) root = pid;
    if (!options.quiet_attach) {
      if (attached > 1) std::fprintf(stderr, "lzptrace: Process %d attached with %d threads\n", pid, attached);
      else std::fprintf(stderr, "lzptrace: Process %d attached\n", pid);
    }
  }
  {
    std::lock_guard<std::mutex> lock(mutex);
    start_result = tasks.empty() ? -1 : 1;
  }
  started.notify_all();
  if (tasks.empty()) return;
  Loop();
}

// Lets every task go, as it was: each is stopped (PTRACE_INTERRUPT), then
// detached with the signal it was about to receive, if any.
void PtraceCompanion::State::DetachAll() {
  std::vector<pid_t> tids;
  for (auto& [tid, task] : tasks) {
    tids.push_back(tid);
    ptrace(PTRACE_INTERRUPT, tid, nullptr, nullptr);
  }
  std::set<pid_t> processes_left;
  for (pid_t tid : tids) {
    for (;;) {
      int status;
      if (waitpid(tid, &status, __WALL) != tid) break;
      if (WIFEXITED(status) || WIFSIGNALED(status)) {
        OnEnded(tid, status);
        break;
      }
      if (!WIFSTOPPED(status)) continue;
      int sig = WSTOPSIG(status);
      bool delivery = (status >> 16) == 0 && sig != (SIGTRAP | 0x80);
      ptrace(PTRACE_DETACH, tid, nullptr, reinterpret_cast<void*>(static_cast<long>(delivery ? sig : 0)));
      auto it = tasks.find(tid);
      if (it != tasks.end()) processes_left.insert(it->second.pid);
      break;
    }
  }
  if (!options.quiet_attach)
    for (pid_t pid : processes_left) std::fprintf(stderr, "lzptrace: Process %d detached\n", pid);
  detached = true;
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
        if (!thread) processes[child_pid].stepping = processes[task.pid].stepping;
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
      loader.AfterExec(task.pid);
      return Resume(tid, 0);
    }
    case PTRACE_EVENT_EXIT: {
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

void PtraceCompanion::State::OnSignal(pid_t tid, Task& task, int sig) {
  siginfo_t info;
  if (ptrace(PTRACE_GETSIGINFO, tid, nullptr, &info) != 0) return Resume(tid, sig);
  task.group_stopped = false;
  bool interposer = !processes[task.pid].stepping;
  bool owned = interposer && (sig == SIGSYS || sig == SIGSEGV || sig == SIGBUS);
  if (owned || (interposer && InMask(tid, "SigCgt:", sig))) return Resume(tid, sig);  // its wrapper records it
  bool kills = DefaultKills(sig) && !InMask(tid, "SigIgn:", sig);
  if (kills || IsStopSignal(sig)) {
    // It kills or stops the task before it can record the syscall it is
    // returning from, if any: show that call first, as strace does.
    RecordCallCutBy(task, tid, kills);
  } else if (interposer && DeferToThread(tid, info)) {
    // Neither: the thread records the signal itself, after that call.
    return Resume(tid, sig);
  }
  companion::WriteSignal(task.pid, tid, info, InterruptedIp(tid));
  Resume(tid, sig);
}

proto::InflightSlot* PtraceCompanion::State::SlotOf(pid_t tid) const {
  auto* slots = reinterpret_cast<proto::InflightSlot*>(reinterpret_cast<uint8_t*>(ring.control) + proto::kInflightOffset);
  uint32_t count = std::min(ring.control->inflight_next.load(std::memory_order_acquire), proto::kInflightSlots);
  // A tid can own two slots: one its old image claimed before an exec, one
  // the new image's. The one in a call is the one that matters.
  proto::InflightSlot* found = nullptr;
  for (uint32_t i = 0; i < count; ++i) {
    if (slots[i].owner_tid.load(std::memory_order_acquire) != static_cast<uint32_t>(tid)) continue;
    found = &slots[i];
    if (found->active_depth.load(std::memory_order_acquire) != 0) break;
  }
  return found;
}

// The task stops or dies at a signal as a syscall returns (or as the kernel
// set it up for a restart): the call's record, from its registers. A
// finished call is marked in the thread's slot so its interposer does not
// record it again; one to be restarted is recorded again when it finishes,
// as strace shows it twice.
void PtraceCompanion::State::RecordCallCutBy(Task& task, pid_t tid, bool kills) {
  struct user_regs_struct regs;
  if (ptrace(PTRACE_GETREGS, tid, nullptr, &regs) != 0 || static_cast<int64_t>(regs.orig_rax) < 0) return;
  int64_t ret = static_cast<int64_t>(regs.rax);
  const uint64_t args[6] = {regs.rdi, regs.rsi, regs.rdx, regs.r10, regs.r8, regs.r9};
  // Stepped, the call's exit stop came before this one: it is recorded.
  if (processes[task.pid].stepping) return;
  proto::InflightSlot* slot = SlotOf(tid);
  uint32_t depth = slot ? slot->active_depth.load(std::memory_order_acquire) : 0;
  if (depth == 0 || depth > proto::kInflightDepth || slot->entries[depth - 1].nr != regs.orig_rax) return;
  loader.KilledInCall(task.pid, tid, ret, args, regs.orig_rax, kills);
  if (!IsRestartCode(ret)) slot->companion_recorded.store(depth, std::memory_order_release);
}

bool PtraceCompanion::State::DeferToThread(pid_t tid, const siginfo_t& info) {
  proto::InflightSlot* slot = SlotOf(tid);
  if (slot == nullptr || slot->active_depth.load(std::memory_order_acquire) == 0 || slot->deferred_signo.load() != 0)
    return false;
  std::memcpy(slot->deferred_siginfo, &info, sizeof(slot->deferred_siginfo));
  slot->deferred_signo.store(static_cast<uint32_t>(info.si_signo), std::memory_order_release);
  return true;
}

void PtraceCompanion::State::OnSyscallStop(pid_t tid, Task& task) {
  Process& process = processes[task.pid];
  if (process.stepping && !loader.OnSyscallStop(task.pid, tid)) process.stepping = false;  // the interposer is up
  Resume(tid, 0);
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
