// cli/injector/static_start.h — starting the interposer in a program the
// dynamic loader never starts (statically linked: glibc -static, Go, musl,
// busybox), so that it is traced in-process, at full speed, like any other.
//
// The ptrace companion calls this at the exit stop of the execve that
// started the static image, before the program's first instruction. Through
// a RemoteTask it makes the new image, with syscalls run on its own thread:
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
//      carved below the program's initial stack pointer, inside its stack
//      mapping; the constructor maps the ring, closes its fd and turns on
//      Syscall User Dispatch;
//   5. check, with PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG, that dispatch is
//      on; put the stack bytes, the code bytes and the registers back.
// The program then starts at its entry point with every syscall of its own
// caught, and its environment, fds and stack contents as they were. Its
// memory map shows the interposer's mappings, as a dynamic program's does.
//
// What fails before the constructor runs is undone (mappings, fds) and
// reported: the caller falls back to syscall stops, and says so.
#pragma once

#include <sys/types.h>

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

// Is the image `tid` has just exec'd a 64-bit x86 program without PT_INTERP?
bool IsStaticImage(pid_t tid);

StartOutcome StartInterposer(pid_t tid, const InterposerImage& image, const std::string& interposer_path,
                             const proto::RingControl& ring);

}  // namespace lzp::cli::injector
