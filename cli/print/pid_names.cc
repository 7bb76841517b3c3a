// cli/print/pid_names.cc — see pid_names.h.
//
// Names come from the trace first: each process reports its name when the
// interposer starts in it (at launch and after every exec), children and
// threads inherit their creator's, prctl(PR_SET_NAME) renames. A pid the
// trace has not named (an untraced process) is looked up in /proc/PID/comm
// as its line is printed; one that is gone by then prints bare.
#include "cli/print/pid_names.h"

#include <fcntl.h>
#include <unistd.h>

namespace lzp::cli {

void PidNames::Inherit(pid_t child, pid_t parent) {
  auto it = names_.find(parent);
  if (it != names_.end() && !Knows(child)) names_[child] = it->second;
}

std::string PidNames::ReadComm(pid_t pid) {
  std::string path = "/proc/" + std::to_string(pid) + "/comm";
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return "";
  char name[64];
  ssize_t n = read(fd, name, sizeof(name));
  close(fd);
  if (n <= 0) return "";
  std::string text(name, static_cast<size_t>(n));
  if (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

std::string PidNames::Suffix(pid_t pid) {
  if (pid <= 0) return "";
  auto it = names_.find(pid);
  if (it != names_.end()) return it->second;
  std::string name = lookup_ ? lookup_(pid) : ReadComm(pid);
  if (name.empty()) return "";  // gone: not remembered (the pid may be reused)
  if (names_.size() > 65536) names_.clear();
  return names_[pid] = "<" + name + ">";
}

}  // namespace lzp::cli
