// cli/print/pid_names.cc — see pid_names.h.
//
// Names come from the trace first: each process reports its name when the
// interposer starts in it (at launch and after every exec), children and
// threads inherit their creator's, prctl(PR_SET_NAME) renames. Each name is
// kept with the moment it took effect (a rename at the call's exit, so that
// the call's own line still shows the old name, as strace, which prints the
// prefix at entry), and a reaped task's name ends at the wait that reaped
// it (strace finds no /proc entry for the wait's result). A pid the trace
// has not named (an untraced process) is looked up in /proc/PID/comm as its
// line is printed; one that is gone by then prints bare.
#include "cli/print/pid_names.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>

namespace lzp::cli {

void PidNames::Add(pid_t pid, uint64_t from, std::string suffix) {
  if (from == kLatest) from = latest_;
  latest_ = std::max(latest_, from);
  if (names_.size() > 65536) names_.clear();
  std::vector<Named>& history = names_[pid];
  auto at = std::upper_bound(history.begin(), history.end(), from, [](uint64_t t, const Named& n) { return t < n.from; });
  history.insert(at, Named{from, std::move(suffix)});
  if (history.size() > 64) history.erase(history.begin());  // (a task renamed over and over: its recent names)
}

void PidNames::Learn(pid_t pid, std::string_view name, uint64_t tsc) { Add(pid, tsc, "<" + std::string(name) + ">"); }

// The name a task had at `tsc`: its latest from before then, or its first
// (a task is named as it was made, before the record that names it).
const std::string* PidNames::At(pid_t pid, uint64_t tsc) const {
  auto it = names_.find(pid);
  if (it == names_.end() || it->second.empty()) return nullptr;
  const std::vector<Named>& history = it->second;
  auto after = std::upper_bound(history.begin(), history.end(), tsc, [](uint64_t t, const Named& n) { return t < n.from; });
  return after == history.begin() ? &history.front().suffix : &(after - 1)->suffix;
}

void PidNames::Inherit(pid_t child, pid_t parent, uint64_t tsc) {
  if (Knows(child)) return;
  const std::string* name = At(parent, tsc == kLatest ? latest_ : tsc);
  if (name != nullptr && !name->empty()) Add(child, tsc, *name);
}

void PidNames::Forget(pid_t pid, uint64_t tsc) {
  if (Knows(pid)) Add(pid, tsc, "");
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
  if (const std::string* known = At(pid, moment_)) return *known;
  std::string name = lookup_ ? lookup_(pid) : ReadComm(pid);
  if (name.empty()) return "";  // gone: not remembered (the pid may be reused)
  Add(pid, 0, "<" + name + ">");
  return "<" + name + ">";
}

}  // namespace lzp::cli
