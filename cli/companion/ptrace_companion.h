// cli/companion/ptrace_companion.h — the CLI as a ptrace companion of its
// tracees: it sees what an in-process tracer cannot, and never stops a
// syscall once the interposer is up.
//
// One thread of the CLI seizes the launched program before its execve
// (PTRACE_SEIZE with the exec and exit options, and with -f the fork, vfork
// and clone ones, so every child and thread is attached by the kernel before
// it runs) and then loops in waitpid. Every stop is answered at once:
//   - a signal about to be delivered: the companion writes strace's
//     "--- SIGx {...} ---" record for the signals the interposer does not see
//     (those whose disposition is the default: ignored, fatal or stopping),
//     then delivers the signal;
//   - a group stop: "--- stopped by SIGx ---", then PTRACE_LISTEN, so the
//     task stays stopped exactly as untraced until a SIGCONT;
//   - a task's exit (PTRACE_EVENT_EXIT, or its wait status): "+++ exited with
//     N +++" / "+++ killed by SIGx +++" from the kernel's own status;
//   - an execve: the "= 0" of the exec, then the new image's first syscalls
//     (loader_calls.h) until the interposer is up, the only syscall stops.
// Everything else resumes with PTRACE_CONT. Records go into the shared ring
// while their task is stopped (ring_records.h), so they land in order.
#pragma once

#include <sys/types.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "cli/options/options.h"
#include "tracer/protocol.h"

namespace lzp::cli {

class PtraceCompanion {
 public:
  struct Ring {
    proto::RingControl* control;
    uint8_t* data;
    uint64_t capacity;
    int wake_write_fd;  // the companion's own copy; closed when the last tracee has gone
  };
  PtraceCompanion(const Options& options, std::string interposer_path);
  ~PtraceCompanion();

  // Starts the companion thread, which seizes `pid` (held before its execve
  // at the launch gate: the caller opens it after this). Returns false, with
  // why in `why`, when ptrace is not allowed.
  bool Start(pid_t pid, const Ring& ring, std::string* why);
  // -p: seizes every thread of each running process and traces them through
  // syscall stops; SIGINT, SIGTERM, SIGHUP or SIGQUIT (which the caller must
  // block in its other threads) detach them. Prints strace's "Process N
  // attached". Returns false, with why, if none could be attached.
  bool Attach(const std::vector<pid_t>& pids, const Ring& ring, std::string* why);
  // Waits until every tracee has gone (or, with -p, was let go); returns the
  // launched program's wait status.
  int Join();
  bool Detached() const;  // the tracees were let go (-p, -I), not ended
  bool Finished() const;  // its loop has ended (every tracee gone or let go); any thread may ask

 private:
  struct State;
  bool AwaitStart(std::string* why);
  std::unique_ptr<State> state_;
  std::thread thread_;
};

}  // namespace lzp::cli
