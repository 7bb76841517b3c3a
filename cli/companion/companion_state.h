// cli/companion/companion_state.h — the companion thread's state, shared by
// the files of cli/companion/ (internal to them): ptrace_companion.cc runs
// the loop (seize, stops, execs, ends), signal_policy.cc decides which
// signals to show and records the call a stop or a death cuts short, and
// attach.cc attaches to running processes and lets them go (-p).
#pragma once

#include <signal.h>
#include <sys/types.h>

#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "cli/companion/loader_calls.h"
#include "cli/companion/ptrace_companion.h"
#include "cli/injector/interposer_image.h"
#include "tracer/protocol.h"

namespace lzp::cli {

inline bool IsStopSignal(int sig) { return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU; }

// One line of /proc/TID/status ("Tgid:", "PPid:", "SigCgt:"), its value as text.
std::string StatusField(pid_t tid, const char* field);
// The file `tid` runs (/proc/TID/exe), for messages.
std::string ExecutablePath(pid_t tid);

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
    bool static_image = false;  // its new image has no loader: start the interposer at the execve's exit
    uint64_t injected_base = 0;  // -p: where the attach mapped the interposer (0: not injected)
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

  State(const Options& o, std::string interposer) : options(o), loader(o, interposer), interposer_path(interposer) {}

  // Static images (cli/injector/static_start.h): the interposer's file, read once.
  std::string interposer_path;
  std::unique_ptr<injector::InterposerImage> interposer_image;
  std::string interposer_image_error;
  void StartInterposerIn(pid_t tid, Task& task);
  const injector::InterposerImage* Image();  // null (and interposer_image_error) if unusable
  void InjectAttached(pid_t pid, const std::vector<pid_t>& tids);
  void LetProcessGo(pid_t pid, std::map<pid_t, int>& stops);
  void StopEveryThread(pid_t pid, std::map<pid_t, int>& stops, long opts);
  long SeizeOptions() const;  // -p: PTRACE_SEIZE's options (-f adds the fork events)

  void Run(pid_t pid, Ring ring);
  void RunAttached(std::vector<pid_t> pids, Ring ring);
  void Loop();
  bool ReportStart(bool ok);
  void DetachAll();
  bool detached = false;  // -p: let go on request
  std::atomic<bool> finished{false};  // the loop has ended (read by main while it reads the ring)
  bool Seize(pid_t pid);
  void OnStop(pid_t tid, int status);
  void OnEnded(pid_t tid, int status);
  void OnSignal(pid_t tid, Task& task, int sig);
  void OnSyscallStop(pid_t tid, Task& task);
  bool DeferToThread(pid_t tid, const siginfo_t& info);
  proto::InflightSlot* SlotOf(pid_t tid) const;
  bool RecordCallCutBy(Task& task, pid_t tid, bool kills, bool only_restarts = false);
  Ring ring = {};
  void Resume(pid_t tid, int sig);
  Task& TaskFor(pid_t tid);
  uint64_t InterruptedIp(pid_t tid) const;
};

}  // namespace lzp::cli
