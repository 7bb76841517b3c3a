// tracer/call_counter.h — -c: counting calls, errors and time per syscall in
// the tracee (protocol.h, SyscallCounter).
#pragma once

#include <cstdint>

#include "tracer/thread_state.h"

namespace lzp {

// At entry of a counted syscall (its TSC stamp is in the frame's aux).
void StartCallTimer(ThreadState* ts);
// At exit: adds the call to its syscall's counter.
void CountCall(ThreadState* ts, const EntryFrame* f, int64_t ret);

}  // namespace lzp
