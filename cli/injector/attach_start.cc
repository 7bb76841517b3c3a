// cli/injector/attach_start.cc — see attach_start.h.
#include "cli/injector/attach_start.h"

#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/user.h>

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "cli/injector/detach.h"
#include "cli/injector/interposer_loader.h"
#include "cli/injector/remote_task.h"

namespace lzp::cli::injector {

bool MapsFile(pid_t pid, const std::string& path) {
  struct stat want;
  if (stat(path.c_str(), &want) != 0) return false;
  std::ifstream maps("/proc/" + std::to_string(pid) + "/maps");
  std::string line;
  while (std::getline(maps, line)) {
    unsigned long long inode = 0;
    unsigned major = 0, minor = 0;
    if (std::sscanf(line.c_str(), "%*x-%*x %*s %*x %x:%x %llu", &major, &minor, &inode) == 3 && inode == want.st_ino &&
        inode != 0)
      return true;
  }
  return false;
}

namespace {

// A thread stopped in a call the kernel will resume through restart_syscall
// (-ERESTART_RESTARTBLOCK: nanosleep, poll or a futex wait with a timeout):
// the program's address past it, for lzp_attach_thread. Left to the
// program's `syscall`, dispatch would trap the restart, and the rt_sigreturn
// that ends the SIGSYS handler makes the kernel forget what it resumes: the
// program would see EINTR where untraced it sleeps on.
uint64_t RestartReturn(const user_regs_struct& regs) {
  constexpr int64_t kRestartRestartBlock = -516;
  return static_cast<int64_t>(regs.orig_rax) >= 0 && static_cast<int64_t>(regs.rax) == kRestartRestartBlock ? regs.rip : 0;
}

}  // namespace

AttachOutcome AttachInterposer(pid_t pid, const std::vector<pid_t>& tids, const InterposerImage& image,
                               const std::string& interposer_path, const proto::RingControl& ring) {
  AttachOutcome out;
  if (image.attach_thread == 0 || image.detach == 0) return out.why = "the interposer has no attach entry points", out;
  if (MapsFile(pid, interposer_path)) return out.why = "it already holds lzptrace's interposer", out;
  pid_t first = std::find(tids.begin(), tids.end(), pid) != tids.end() ? pid : tids.front();
  InterposerLoader loader(first, image);
  StartOutcome started = loader.Run(interposer_path, ring, /*running=*/true);
  if (started.pending_signal != 0) out.pending_signals[first] = started.pending_signal;
  if (started.result == StartResult::kEnded) out.ended[first] = started.end_status;
  if (started.result != StartResult::kStarted) return out.why = started.result == StartResult::kEnded ? "it ended" : started.why, out;
  out.base = loader.base();
  std::vector<pid_t> live;
  std::vector<std::pair<pid_t, uint64_t>> restarts;  // threads to leave at lzp_attach_restart_resume
  std::string failed;
  for (pid_t tid : tids) {  // (the first too: its signal mask)
    RemoteTask task(tid);
    task.PlantAt(ProgramEntry(pid));
    std::string why;
    uint64_t result = ~0ull, restart_return = 0;
    bool called = task.Begin(&why) &&
                  task.Call(out.base + image.attach_thread, restart_return = RestartReturn(task.saved_registers()), 0, 0,
                            (task.saved_registers().rsp - 256) & ~uint64_t{15}, &result);
    if (called && restart_return != 0 && static_cast<int64_t>(result) > 0) restarts.emplace_back(tid, result);
    bool ended = !task.End(/*restart=*/true) && task.ended();
    if (task.pending_signal() != 0) out.pending_signals[tid] = task.pending_signal();
    if (ended || task.ended()) {
      out.ended[tid] = task.end_status();
      continue;
    }
    live.push_back(tid);
    if ((!called || static_cast<int64_t>(result) < 0) && failed.empty())
      failed = "thread " + std::to_string(tid) + " could not be started" + (why.empty() ? "" : " (" + why + ")");
  }
  if (failed.empty()) {
    for (auto [tid, resume] : restarts) {
      user_regs_struct regs;
      if (ptrace(PTRACE_GETREGS, tid, nullptr, &regs) != 0) continue;
      regs.rip = resume;  // (the kernel steps it back to the restart's entry as it resumes the thread)
      ptrace(PTRACE_SETREGS, tid, nullptr, &regs);
    }
    return out.started = true, out;
  }
  // Never half-traced: take it out again.
  std::map<pid_t, int> stops;
  for (pid_t tid : live) stops[tid] = 0;
  DetachOutcome undone = DetachInterposer(pid, stops, image, out.base);
  out.why = failed + (undone.removed ? "" : "; " + undone.kept_why);
  return out;
}

}  // namespace lzp::cli::injector
