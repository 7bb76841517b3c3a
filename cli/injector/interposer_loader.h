// cli/injector/interposer_loader.h — starting the interposer, from outside,
// in a stopped task whose loader never loaded it: a static program at its
// execve (static_start.h) or a running process lzptrace attaches to (-p,
// attach_start.h).
//
// Through a RemoteTask it makes the task load the library, with syscalls
// run on its own thread:
//   1. open the interposer's file, reserve its extent, map each PT_LOAD as a
//      loader does (zeroing the end of the last file page, anonymous pages
//      for the rest of .bss), close the file;
//   2. apply the relocations (written through /proc/PID/mem), then make
//      GNU_RELRO read-only;
//   3. open the CLI's ring through /proc/<lzptrace>/fd/<memfd>, as a traced
//      execve of a fd-less process does (tracer/protocol.h);
//   4. call the interposer's constructor as the loader would, with an
//      environment of our two variables followed by the process's auxiliary
//      vector (tracer/init.cc reads the vDSO and hwcaps there), on a stack
//      carved below the task's stack pointer (below its red zone), inside
//      its stack mapping; the constructor maps the ring, closes its fd and
//      turns on Syscall User Dispatch for this task;
//   5. check, with PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG, that dispatch is
//      on; put the stack bytes, the code bytes and the registers back.
// `running`: a process attached to (-p) rather than one at its execve: the
// `syscall; int3` goes at its entry point rather than its instruction
// pointer, and the syscall it was stopped in is restarted.
// What fails before the constructor runs is undone (mappings, fds) and
// reported in the outcome.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <string>

#include "cli/injector/interposer_image.h"
#include "tracer/protocol.h"

namespace lzp::cli::injector {

enum class StartResult { kStarted, kNotStarted, kEnded };

struct StartOutcome {
  StartResult result = StartResult::kNotStarted;
  std::string why;         // kNotStarted: the reason
  int pending_signal = 0;  // a signal that arrived meanwhile, to deliver on resuming
  int end_status = 0;      // kEnded: the task's wait status
};

class InterposerLoader {
 public:
  InterposerLoader(pid_t tid, const InterposerImage& image);
  ~InterposerLoader();
  StartOutcome Run(const std::string& interposer_path, const proto::RingControl& ring, bool running);
  // Where the image was mapped (valid once Run started it).
  uint64_t base() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lzp::cli::injector
