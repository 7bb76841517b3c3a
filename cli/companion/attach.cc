// cli/companion/attach.cc — -p: attach to running processes and let them go.
//
// Every thread of each process (with -f; else the task given) is seized
// (PTRACE_SEIZE) and interrupted. Once all are stopped, the interposer is
// injected (cli/injector/attach_start.h): loaded by one thread, started in
// each, their calls in progress restarted; from then on the process is
// traced in-process, at full speed, the companion watching only its
// lifecycle. Where that cannot be done (the task alone of a multi-threaded
// process without -f, a seccomp policy, memory we may not write, an
// interposer already there), it says why on one line and steps the process
// with syscall stops instead, at strace's speed.
//
// The main thread blocks SIGHUP, SIGINT, SIGQUIT, SIGPIPE and SIGTERM, so
// they reach the companion's thread (cli/launch/interrupt.h: unless -I 3 or
// 4), whose handler notes g_fatal_signal; its waitpid then returns EINTR and
// DetachAll interrupts every task. Once all of a
// process's tasks are stopped, the calls they are in are shown
// `<detached ...>`, every thread of it not stopped yet is (one created
// meanwhile, or, without -f, since the attach: it ran untraced, but through
// our code at rewritten sites), the interposer is taken out
// (cli/injector/detach.h) and
// each task is detached, handed back a signal it was about to receive.
// strace's messages.
#include <dirent.h>
#include <pthread.h>
#include <sys/ptrace.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>

#include "cli/companion/companion_state.h"
#include "cli/companion/ring_records.h"
#include "cli/injector/attach_start.h"
#include "cli/injector/detach.h"
#include "cli/injector/held_signal_info.h"
#include "cli/injector/static_start.h"
#include "cli/launch/interrupt.h"

namespace lzp::cli {

bool PtraceCompanion::Attach(const std::vector<pid_t>& pids, const Ring& ring, std::string* why) {
  thread_ = std::thread([this, pids, ring] { state_->RunAttached(pids, ring); });
  return AwaitStart(why);
}

bool PtraceCompanion::Detached() const { return state_->detached; }
bool PtraceCompanion::Finished() const { return state_->finished.load(std::memory_order_acquire); }

long PtraceCompanion::State::SeizeOptions() const {
  long opts = PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT | PTRACE_O_TRACESYSGOOD;
  if (options.follow_forks) opts |= PTRACE_O_TRACECLONE | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK;
  return opts;
}

// -p: seize every thread of each process, stop it, and inject the
// interposer, or step it with syscall stops from then on. strace's messages
// on stderr.
void PtraceCompanion::State::RunAttached(std::vector<pid_t> pids, Ring ring) {
  CatchFatalSignals(options.interruptible);  // main blocks them: they come here (-I 3 and 4: never)
  this->ring = ring;
  companion::AttachWriter(ring.control, ring.data, ring.capacity, ring.wake_write_fd);
  if (options.summary || options.summary_and_trace)
    loader.CountInto(reinterpret_cast<proto::SyscallCounter*>(reinterpret_cast<uint8_t*>(ring.control) + proto::kCountersOffset),
                      ring.control->tsc_khz);
  // As strace: without -f only the task given is attached; with -f every
  // thread of its process, and whatever they create.
  long opts = SeizeOptions();
  for (pid_t pid : pids) {
    std::vector<pid_t> threads;
    std::string dir = "/proc/" + std::to_string(pid) + "/task";
    if (DIR* d = options.follow_forks ? opendir(dir.c_str()) : nullptr) {
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
    std::vector<pid_t> seized;
    for (pid_t tid : threads)
      if (tasks.count(tid)) seized.push_back(tid);
    InjectAttached(pid, seized);
  }
  if (ReportStart(!tasks.empty())) Loop();
}

// Stops every thread of `pid` that is not in `stops` yet, and adds it there,
// until a pass over /proc/PID/task finds none new: a thread created while
// the others were being stopped (by one not seized yet, or auto-attached by
// one that was and not yet known), or, without -f, one the program made
// since the attach, which ran untraced (through our entry path at rewritten
// sites). Nothing of the interposer may be put in or taken out while such a
// thread runs (it would run rewritten sites with page 0 unmapped). One not
// traced yet is seized with `opts`.
void PtraceCompanion::State::StopEveryThread(pid_t pid, std::map<pid_t, int>& stops, long opts) {
  std::set<pid_t> tried;
  for (bool found = true; found;) {
    found = false;
    std::vector<pid_t> threads;
    if (DIR* d = opendir(("/proc/" + std::to_string(pid) + "/task").c_str())) {
      while (struct dirent* e = readdir(d))
        if (e->d_name[0] >= '0' && e->d_name[0] <= '9') threads.push_back(static_cast<pid_t>(std::atol(e->d_name)));
      closedir(d);
    }
    for (pid_t tid : threads) {
      // (A known task was waited for already: stopped, ended, or a leader
      // gone before its threads, whose wait would block.)
      if (stops.count(tid) || tasks.count(tid) || !tried.insert(tid).second) continue;
      found = true;
      ptrace(PTRACE_SEIZE, tid, nullptr, reinterpret_cast<void*>(opts));  // (fails for one already ours)
      ptrace(PTRACE_INTERRUPT, tid, nullptr, nullptr);  // (one already ours, running or not: it stops, or stays)
      int status;
      pid_t got;
      while ((got = waitpid(tid, &status, __WALL)) < 0 && errno == EINTR) {
      }
      if (got != tid) continue;  // not ours (another tracer's), or gone
      if (WIFEXITED(status) || WIFSIGNALED(status)) {  // an auto-attached thread, ended already
        TaskFor(tid);
        OnEnded(tid, status);
        continue;
      }
      if (!WIFSTOPPED(status)) continue;
      int sig = WSTOPSIG(status);
      bool delivery = (status >> 16) == 0 && sig != (SIGTRAP | 0x80) && sig != SIGTRAP;
      if (delivery) injector::KeepSignalInfo(tid);
      stops[tid] = delivery ? sig : 0;
    }
  }
}

// Waits for each seized task's first stop, injects the interposer and lets
// them run; or says why not, and lets them run stepped.
void PtraceCompanion::State::InjectAttached(pid_t pid, const std::vector<pid_t>& tids) {
  std::map<pid_t, int> stops;  // the stopped ones, with a signal to deliver
  for (pid_t tid : tids) {
    int status;
    pid_t got;
    while ((got = waitpid(tid, &status, __WALL)) < 0 && errno == EINTR) {
    }
    if (got != tid) continue;
    if (WIFEXITED(status) || WIFSIGNALED(status)) {
      OnEnded(tid, status);
      continue;
    }
    tasks[tid].started = true;
    bool delivery = (status >> 16) == 0 && WSTOPSIG(status) != (SIGTRAP | 0x80) && WSTOPSIG(status) != SIGTRAP;
    if (delivery) injector::KeepSignalInfo(tid);
    stops[tid] = delivery ? WSTOPSIG(status) : 0;
  }
  if (stops.empty()) return;
  if (options.follow_forks) {  // every thread, those created meanwhile too
    StopEveryThread(pid, stops, SeizeOptions());
    for (auto& [tid, sig] : stops) TaskFor(tid).started = true;
  }
  std::string why;
  size_t threads = 0;
  if (DIR* d = opendir(("/proc/" + std::to_string(pid) + "/task").c_str())) {
    while (struct dirent* e = readdir(d)) threads += e->d_name[0] != '.';
    closedir(d);
  }
  if (!options.follow_forks && threads > 1) why = "without -f only one of its threads is traced";
  else if (options.step_static && injector::IsStaticImage(pid)) why = "--step-static";
  else if (!(ring.control->options & proto::kFdless)) why = "-u";
  else if (Image() == nullptr) why = interposer_image_error;
  if (why.empty()) {
    std::vector<pid_t> stopped;
    for (auto& [tid, sig] : stops) stopped.push_back(tid);
    injector::AttachOutcome outcome = injector::AttachInterposer(pid, stopped, *interposer_image, interposer_path, *ring.control);
    for (auto& [tid, sig] : outcome.pending_signals) stops[tid] = sig;
    for (auto& [tid, status] : outcome.ended) {
      stops.erase(tid);
      OnEnded(tid, status);
    }
    if (outcome.started) {
      processes[pid].stepping = false;
      processes[pid].injected_base = outcome.base;
    } else {
      why = outcome.why;
    }
  }
  if (!why.empty())
    std::fprintf(stderr, "lzptrace: cannot start the interposer in process %d (%s): traced through ptrace syscall stops (at strace's speed)\n",
                 pid, why.c_str());
  for (auto& [tid, sig] : stops) Resume(tid, sig);
}

// Lets every task go, as it was: each is stopped (PTRACE_INTERRUPT); then,
// process by process, the calls they are in are shown "<detached ...>", the
// interposer is taken out of it, and each is detached with the signal it was
// about to receive, if any.
void PtraceCompanion::State::DetachAll() {
  std::vector<pid_t> tids;
  for (auto& [tid, task] : tasks) {
    tids.push_back(tid);
    ptrace(PTRACE_INTERRUPT, tid, nullptr, nullptr);
  }
  std::map<pid_t, std::map<pid_t, int>> stopped;  // by process: each task, with its signal
  std::vector<pid_t> left;
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
      if (delivery) injector::KeepSignalInfo(tid);
      stopped[tasks[tid].pid][tid] = delivery ? sig : 0;
      left.push_back(tid);
      break;
    }
  }
  // Stopped: what they did so far is in the ring; from here on they record
  // nothing (a launched program's interposer stays; -p's is taken out).
  ring.control->reader_left.store(1, std::memory_order_seq_cst);
  for (auto& [pid, stops] : stopped) LetProcessGo(pid, stops);
  if (!options.quiet_attach)  // one line per task, as strace says it
    for (pid_t tid : left) std::fprintf(stderr, "lzptrace: Process %d detached\n", tid);
  detached = true;
}

void PtraceCompanion::State::LetProcessGo(pid_t pid, std::map<pid_t, int>& stops) {
  const Process& process = processes[pid];
  for (auto& [tid, sig] : stops) {
    if (process.stepping) {
      loader.LeftInCall(tid, proto::kDetached);
    } else if (proto::InflightSlot* slot = SlotOf(tid)) {
      uint32_t depth = slot->active_depth.load(std::memory_order_acquire);
      if (depth != 0 && depth <= proto::kInflightDepth)
        loader.DetachedInCall(pid, tid, slot->entries[depth - 1].nr, slot->entries[depth - 1].args,
                              slot->entries[depth - 1].tsc_enter);
    }
  }
  if (!process.stepping && process.injected_base != 0 && interposer_image != nullptr) {
    // Threads not stopped yet (created since, untraced without -f) stop too,
    // for the removal; those seized only for it are let go with the rest.
    StopEveryThread(pid, stops, 0);
    injector::DetachOutcome out = injector::DetachInterposer(pid, stops, *interposer_image, process.injected_base);
    if (!out.removed)
      std::fprintf(stderr, "lzptrace: the interposer stays mapped, inert, in process %d: %s\n", pid, out.kept_why.c_str());
  }
  for (auto& [tid, sig] : stops) {
    injector::PutBackSignalInfo(tid, sig);
    ptrace(PTRACE_DETACH, tid, nullptr, reinterpret_cast<void*>(static_cast<long>(sig)));
  }
}

}  // namespace lzp::cli
