// cli/pid_names.h — -Y (--decode-pids=comm): "1234<bash>", a process's
// command name after its pid, as strace prints it.
#pragma once

#include <sys/types.h>

#include <string>
#include <unordered_map>

namespace lzp::cli {

class PidNames {
 public:
  // "<comm>" for a live task, "" when it is gone (strace prints nothing then).
  std::string Suffix(pid_t pid);
  // The name may have changed (execve, prctl(PR_SET_NAME)): read it again.
  void Forget(pid_t pid) { names_.erase(pid); }

 private:
  std::unordered_map<pid_t, std::string> names_;
};

}  // namespace lzp::cli
