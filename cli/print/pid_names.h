// cli/print/pid_names.h — -Y (--decode-pids=comm): "1234<bash>", a process's
// command name after its pid, as strace prints it.
#pragma once

#include <sys/types.h>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lzp::cli {

class PidNames {
 public:
  // "<comm>" for a live task, "" when it is gone (strace prints nothing then).
  std::string Suffix(pid_t pid);
  // What the trace says a task is called: a new image's name, a thread's or
  // a child's inherited one, prctl(PR_SET_NAME)'s. Known names are used
  // before /proc, where a task that has already exited is gone.
  void Learn(pid_t pid, std::string_view name) { names_[pid] = "<" + std::string(name) + ">"; }
  void Inherit(pid_t child, pid_t parent);
  bool Knows(pid_t pid) const { return names_.count(pid) != 0; }
  // Where names the trace has not given come from: /proc/PID/comm
  // (ReadComm) unless set (--record notes each answer, --replay gives the
  // recorded ones). "" when the task is gone.
  void SetLookup(std::function<std::string(pid_t)> lookup) { lookup_ = std::move(lookup); }
  static std::string ReadComm(pid_t pid);

 private:
  std::unordered_map<pid_t, std::string> names_;
  std::function<std::string(pid_t)> lookup_;
};

}  // namespace lzp::cli
