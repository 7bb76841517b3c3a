// cli/injector/attach_start.h — starting the interposer in a running
// process lzptrace attached to (-p), so that it is traced in-process, at
// full speed, from then on.
//
// Every thread given has been seized and is stopped (its interrupt stop);
// some may be asleep in a syscall (rax = -ERESTARTSYS and the like). The
// first (the process's leader when it is given) loads the interposer
// through an InterposerLoader (interposer_loader.h): map, relocate, open the
// ring, run the constructor, which turns on Syscall User Dispatch for that
// thread. Each other thread then calls the interposer's lzp_attach_thread
// (tracer/attach_entry.cc) on its own stack, below its red zone, through a
// RemoteTask: its own state and its own dispatch. Every thread's registers
// are put back as they were, orig_rax included, so a call it was asleep in
// is restarted by the kernel when it resumes — now caught by dispatch.
//
// Refused, with the reason, before anything is changed: a process that
// already holds the interposer (traced by another lzptrace, or an earlier
// attach's code left inert), or an image without the attach entry points.
// If a thread other than the first cannot be started, the interposer is
// taken out again (detach.h) and the process is refused: it is never left
// half-traced.
#pragma once

#include <sys/types.h>

#include <map>
#include <string>
#include <vector>

#include "cli/injector/interposer_image.h"
#include "tracer/protocol.h"

namespace lzp::cli::injector {

struct AttachOutcome {
  bool started = false;
  std::string why;                     // !started: the reason
  uint64_t base = 0;                   // started: where the image is
  std::map<pid_t, int> pending_signals;  // signals that came meanwhile, to deliver on resuming
  std::map<pid_t, int> ended;          // tasks that died meanwhile: their wait status
};

AttachOutcome AttachInterposer(pid_t pid, const std::vector<pid_t>& tids, const InterposerImage& image,
                               const std::string& interposer_path, const proto::RingControl& ring);

// Does /proc/PID/maps show a mapping of `path`'s file?
bool MapsFile(pid_t pid, const std::string& path);

}  // namespace lzp::cli::injector
