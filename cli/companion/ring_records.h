// cli/companion/ring_records.h — the companion's records in the shared ring.
//
// The ptrace companion writes into the same ring as the tracees, with the
// same writer (tracer/ring_writer.cc), while the task the record is about is
// stopped: so the record falls in the ring's total order exactly between that
// task's calls, and the printer meets it where strace would print it. The
// header names the companion's own thread (the reader's "is the writer dead?"
// test), the body the task.
#pragma once

#include <sys/types.h>
#include <signal.h>

#include <cstdint>
#include <string_view>

#include "tracer/protocol.h"

namespace lzp::cli::companion {

// Points the writer at the ring; `wake_fd` is the companion's own copy of the
// wake pipe's write end (held until the last tracee has gone, so the reader's
// EOF comes after the companion's last record).
void AttachWriter(proto::RingControl* ring, uint8_t* data, uint64_t capacity, int wake_fd);

void WriteSignal(pid_t pid, pid_t tid, const siginfo_t& info, uint64_t ip);
void WriteLifecycle(pid_t pid, pid_t tid, proto::Lifecycle kind, int status);
// A syscall seen through ptrace stops (before the interposer runs in a
// process); `payload` is its captured arguments in capture_format.h's chunks.
void WriteSyscall(const proto::SyscallRecord& rec, std::string_view payload);
// -k: the process's executable file mappings (lines of /proc/PID/maps), as
// the interposer sends them once it runs (tracer/code_maps.cc).
void WriteCodeMaps(pid_t pid, std::string_view text);
// A record that found the ring full is kept rather than waited for (its
// stopped task may hold the reader up); the companion writes these once it
// has resumed the task.
void FlushPending();

}  // namespace lzp::cli::companion
