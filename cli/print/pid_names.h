// cli/print/pid_names.h — -Y (--decode-pids=comm): "1234<bash>", a process's
// command name after its pid, as strace prints it.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lzp::cli {

class PidNames {
 public:
  // "<comm>" for a live task, "" when it is gone (strace prints nothing then),
  // as the task was called at the moment set last (SetMoment).
  std::string Suffix(pid_t pid);
  // strace reads a name when it prints it: a line's prefix and arguments at
  // the call's entry, its result at the exit. The printer says which moment
  // (a tracee clock reading) the next names are for; ~0: the latest.
  void SetMoment(uint64_t tsc) {
    moment_ = tsc;
    if (tsc != kLatest && tsc > latest_) latest_ = tsc;
  }
  // What the trace says a task is called from `tsc` on: a new image's name, a
  // thread's or a child's inherited one, prctl(PR_SET_NAME)'s. Known names
  // are used before /proc, where a task that has already exited is gone.
  void Learn(pid_t pid, std::string_view name, uint64_t tsc = kLatest);
  void Inherit(pid_t child, pid_t parent, uint64_t tsc = kLatest);
  // The task was reaped at `tsc` (a wait's result): no name from then on.
  void Forget(pid_t pid, uint64_t tsc);
  bool Knows(pid_t pid) const { return names_.count(pid) != 0; }
  // Where names the trace has not given come from: /proc/PID/comm
  // (ReadComm) unless set (--record notes each answer, --replay gives the
  // recorded ones). "" when the task is gone.
  void SetLookup(std::function<std::string(pid_t)> lookup) { lookup_ = std::move(lookup); }
  static std::string ReadComm(pid_t pid);

 private:
  static constexpr uint64_t kLatest = ~uint64_t{0};
  struct Named { uint64_t from; std::string suffix; };  // "" once the task is gone
  void Add(pid_t pid, uint64_t from, std::string suffix);
  const std::string* At(pid_t pid, uint64_t tsc) const;
  std::unordered_map<pid_t, std::vector<Named>> names_;  // each pid's names, oldest first
  std::function<std::string(pid_t)> lookup_;
  uint64_t moment_ = kLatest, latest_ = 0;
};

}  // namespace lzp::cli
