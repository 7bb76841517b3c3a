// cli/injector/detach.h — taking the interposer out of a process lzptrace
// attached to (-p), leaving the program running as it was before.
//
// Every thread of the process is stopped (an interrupt stop, or a signal
// delivery stop: `stops` maps each to the signal it is stopped with, 0 for
// none). In order:
//   1. Syscall User Dispatch off in every thread (ptrace, sud_config.h). A
//      thread stopped with the SIGSYS of a dispatch that has not been
//      delivered yet (at its delivery stop, or still queued: then it is let
//      go to that stop) is rewound to its `syscall` instruction (rax still
//      holds the number) and the signal dropped: it makes the call itself.
//   2. One thread calls the interposer's lzp_detach (tracer/attach_entry.cc):
//      it goes inert, the kernel gets the program's own signal dispositions
//      back, and it answers the DetachPlan (tracer/detach_plan.h).
//   3. Each thread is taken out of our code. One asleep in (or about to
//      make) the syscall our entry path makes for the program gets the
//      program's registers back from the entry frame (tracer/frame_layout.h)
//      and is pointed at the program's own `syscall` instruction, so it makes
//      the call itself; one asleep in it is put just past that instruction,
//      its restart code and number kept, so the kernel restarts it there as
//      it would have untraced (restart_syscall where it would have resumed
//      with it; -EINTR if a handler without SA_RESTART runs first). One elsewhere in our code, or on
//      page 0, is single-stepped until it is back in the program (each step
//      bounded in time: a step that blocks is interrupted, and the thread
//      counted as stuck). Its signal mask gets back the SIGSYS, SIGSEGV and
//      SIGBUS the program believes it blocked (the interposer keeps them
//      deliverable), with PTRACE_SETSIGMASK. A thread stepped out of our
//      SIGSYS handler may rewrite the site it trapped at on the way, after
//      the plan: the list of rewritten sites is read again now that no
//      thread can rewrite any more (before 4 unmaps it).
//   4. If no thread is stuck in our code, none has our frames under its own
//      (a program signal handler called by our wrapper, a nested call) —
//      from each thread's ThreadState — our mappings are unmapped: thread
//      states, capture areas, the ring, page 0 and the image, and every
//      thread's GS base is cleared. Otherwise all of it stays mapped, inert,
//      and kept_why says why.
//   5. Every rewritten site gets its `syscall` bytes back (0f 05), through
//      /proc/PID/mem.
// The caller then detaches each thread with the signal `stops` still gives.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <map>
#include <string>

#include "cli/injector/interposer_image.h"

namespace lzp::cli::injector {

struct DetachOutcome {
  bool removed = false;   // everything of ours is gone
  std::string kept_why;   // !removed: why the (inert) interposer stays mapped
};

// `stops`: updated with the signals to deliver on detaching.
DetachOutcome DetachInterposer(pid_t pid, std::map<pid_t, int>& stops, const InterposerImage& image, uint64_t base);

}  // namespace lzp::cli::injector
