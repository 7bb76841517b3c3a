// tracer/call_counter.h — -c: counting calls, errors and time per syscall in
// the tracee (protocol.h, SyscallCounter).
#pragma once

#include <cstdint>

#include "tracer/thread_state.h"

namespace lzp {

// At start-up: measures what two back-to-back CPU clock reads cost, so that
// cost is not charged to every call.
void CalibrateCallTimer();
// At entry of a counted syscall at nesting `level`.
void StartCallTimer(ThreadState* ts, uint32_t level);
// At exit: adds the call to its syscall's counter.
void CountCall(ThreadState* ts, const EntryFrame* f, uint32_t level, int64_t ret);

}  // namespace lzp
