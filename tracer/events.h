// tracer/events.h — building the records the CLI reads (protocol.h).
#pragma once

#include <cstdint>

#include "tracer/thread_state.h"

namespace lzp {

// One syscall: its frame (number, arguments, entry time in aux), result and
// flags, with the arguments captured at nesting `level` (capture.h).
void EmitSyscall(ThreadState* ts, const EntryFrame* f, int64_t ret, uint32_t flags, uint32_t level);
// The call at nesting `level` is over for whoever reads the thread's
// in-flight slot (the CLI's blocked-call scan, its list of calls a killed
// task was in, the companion): the slot's depth goes back to what it was
// before the call. Idempotent; done when the call is recorded or leaves.
void EndInflight(ThreadState* ts, const EntryFrame* f, uint32_t level);
void EmitProcessStart(const ThreadState* ts, uint32_t ppid);
void EmitSignal(const ThreadState* ts, int sig, const void* siginfo, uint64_t ip, const uint8_t* payload = nullptr,
                uint32_t payload_size = 0);
// A line of text for the user; `once_latch` (optional) makes it print once per trace.
void EmitNotice(const ThreadState* ts, const char* text, bool once_per_trace);

}  // namespace lzp
