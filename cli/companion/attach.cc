// cli/companion/attach.cc — -p: attach to running processes and let them go.
//
// Every thread of each process is seized (PTRACE_SEIZE) and interrupted,
// and from then on stepped with syscall stops: the interposer is not
// injected into a running process (yet), so this is strace's speed. The
// main thread blocks SIGINT, SIGTERM, SIGHUP and SIGQUIT, so they reach the
// companion's thread, whose handler sets g_detach_requested; its waitpid
// then returns EINTR and DetachAll interrupts every task and detaches it,
// handing back a signal it was about to receive. strace's messages.
#include <dirent.h>
#include <pthread.h>
#include <sys/ptrace.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>

#include "cli/companion/companion_state.h"
#include "cli/companion/ring_records.h"

namespace lzp::cli {

volatile sig_atomic_t g_detach_requested = 0;

bool PtraceCompanion::Attach(const std::vector<pid_t>& pids, const Ring& ring, std::string* why) {
  thread_ = std::thread([this, pids, ring] { state_->RunAttached(pids, ring); });
  return AwaitStart(why);
}

bool PtraceCompanion::Detached() const { return state_->detached; }

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
    loader.CountInto(reinterpret_cast<proto::SyscallCounter*>(reinterpret_cast<uint8_t*>(ring.control) + proto::kCountersOffset),
                      ring.control->tsc_khz);
  // As strace: without -f only the task given is attached; with -f every
  // thread of its process, and whatever they create.
  long opts = PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT | PTRACE_O_TRACESYSGOOD;
  if (options.follow_forks) opts |= PTRACE_O_TRACECLONE | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK;
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
  }
  if (ReportStart(!tasks.empty())) Loop();
}

// Lets every task go, as it was: each is stopped (PTRACE_INTERRUPT), then
// detached with the signal it was about to receive, if any.
void PtraceCompanion::State::DetachAll() {
  std::vector<pid_t> tids;
  for (auto& [tid, task] : tasks) {
    tids.push_back(tid);
    ptrace(PTRACE_INTERRUPT, tid, nullptr, nullptr);
  }
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
      loader.LeftInCall(tid, proto::kDetached);
      ptrace(PTRACE_DETACH, tid, nullptr, reinterpret_cast<void*>(static_cast<long>(delivery ? sig : 0)));
      left.push_back(tid);
      break;
    }
  }
  if (!options.quiet_attach)  // one line per task, as strace says it
    for (pid_t tid : left) std::fprintf(stderr, "lzptrace: Process %d detached\n", tid);
  detached = true;
}

}  // namespace lzp::cli
