// cli/injector/held_signal_info.cc — see held_signal_info.h.
#include "cli/injector/held_signal_info.h"

#include <signal.h>
#include <sys/ptrace.h>

#include <map>
#include <mutex>

namespace lzp::cli::injector {
namespace {

std::mutex held_mutex;
std::map<pid_t, siginfo_t>& Held() {
  static std::map<pid_t, siginfo_t> held;
  return held;
}

}  // namespace

void KeepSignalInfo(pid_t tid) {
  siginfo_t info;
  if (ptrace(PTRACE_GETSIGINFO, tid, nullptr, &info) != 0) return;
  std::lock_guard<std::mutex> lock(held_mutex);
  Held()[tid] = info;
}

void PutBackSignalInfo(pid_t tid, int sig) {
  siginfo_t info;
  {
    std::lock_guard<std::mutex> lock(held_mutex);
    auto it = Held().find(tid);
    if (it == Held().end()) return;
    info = it->second;
    Held().erase(it);
  }
  if (sig != 0 && info.si_signo == sig) ptrace(PTRACE_SETSIGINFO, tid, nullptr, &info);
}

}  // namespace lzp::cli::injector
