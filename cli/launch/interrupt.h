// cli/launch/interrupt.h — strace's -I: what lzptrace's own fatal signals do.
//
// The fatal set is SIGHUP, SIGINT, SIGQUIT and SIGTERM, with SIGPIPE at
// levels 3 and 4 (interrupt.cc says why) and SIGTSTP at level 4. main blocks it in its thread before any other thread
// starts, so every thread inherits the block:
//   3 never, 4 never_tstp: it stays blocked; lzptrace traces to the end (the
//     default of `-o FILE PROG`, where ^C belongs to the program).
//   1 anywhere, 2 waiting: one thread — the ptrace companion's, which alone
//     may detach the tracees, or main's when there is no companion — catches
//     it: the handler notes which signal came, without SA_RESTART, so the
//     thread's wait returns EINTR and it lets every tracee go (they record
//     nothing from then on and run untraced: RingControl::reader_left).
//     lzptrace then prints what was recorded before, says "Process N
//     detached", and dies of that signal, as strace does.
#pragma once

#include <signal.h>

#include "tracer/protocol.h"

namespace lzp::cli {

// Which fatal signal came (0: none yet).
extern volatile sig_atomic_t g_fatal_signal;

// Blocks the fatal set of level `interruptible` in the calling thread.
void BlockFatalSignals(int interruptible);
// At levels 1 and 2: catches the fatal set in the calling thread (noting it
// in g_fatal_signal) and unblocks it there. Returns whether it did.
bool CatchFatalSignals(int interruptible);
// Without the companion, once the tracees were told to record nothing more
// (RingControl::reader_left): "Process N detached" for each of their tasks
// still alive, as the in-flight slots name them. (The call one is in is not
// ended " <detached ...>": only the companion can tell where it stands.)
void SayTasksDetached(const proto::RingControl* ring);

}  // namespace lzp::cli
