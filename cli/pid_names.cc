// cli/pid_names.cc — see pid_names.h.
//
// The name is /proc/PID/comm (a thread's own name for a tid), read when a
// pid is first printed and kept until the trace shows it may have changed.
// strace reads it while the tracee is stopped; we read it as the line is
// printed, a moment later: a task that has exited by then prints bare.
#include "cli/pid_names.h"

#include <fcntl.h>
#include <unistd.h>

namespace lzp::cli {

std::string PidNames::Suffix(pid_t pid) {
  if (pid <= 0) return "";
  auto it = names_.find(pid);
  if (it != names_.end()) return it->second;
  std::string path = "/proc/" + std::to_string(pid) + "/comm";
  std::string suffix;
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    char name[64];
    ssize_t n = read(fd, name, sizeof(name));
    close(fd);
    if (n > 0) {
      std::string text(name, static_cast<size_t>(n));
      if (!text.empty() && text.back() == '\n') text.pop_back();
      suffix = "<" + text + ">";
    }
  }
  if (suffix.empty()) return suffix;  // gone: not remembered (the pid may be reused)
  if (names_.size() > 65536) names_.clear();
  return names_[pid] = suffix;
}

}  // namespace lzp::cli
