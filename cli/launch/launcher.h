// cli/launch/launcher.h — starting the traced program with the interposer injected.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

#include "cli/options/options.h"
#include "tracer/protocol.h"

namespace lzp::cli {

struct Tracee {
  pid_t pid = -1;
  int wake_read_fd = -1;          // EOF when every traced process has gone
  proto::RingControl* ring = nullptr;
  const proto::InflightSlot* inflight = nullptr;  // kInflightSlots of them
  const proto::SyscallCounter* counters = nullptr;  // kCounterCount of them (-c)
  uint8_t* ring_data = nullptr;
  uint64_t ring_capacity = 0;     // our own copy; never re-read from shared memory
  int wake_write_fd = -1;         // our copy of the wake pipe's write end (the ptrace companion's)
  int gate_fd = -1;               // the program waits before its execve until this is written or closed
  int shm_fd = -1;                // the ring's memfd (fd-less tracees reopen it through /proc/PID/fd)
  // With the companion, the program's parent is a middle process (parent_shim.h):
  // its pid, and the pipe it writes the program's wait status to. -1: none.
  pid_t shim_pid = -1;
  int shim_status_fd = -1;
};

// Creates the ring (a memfd: control page, in-flight slots, counters, ring)
// and the wake pipe, set up from the options. Launch does this first; -p
// uses it alone. The vDSO plan made for it is kept beside `interposer`
// (the extracted interposer's path) for the next starts.
bool PrepareRing(const Options& options, uint32_t tsc_khz, const std::string& interposer, Tracee* out);

// Says so when `program` cannot load the interposer (static, setuid): with
// the ptrace companion it is traced through syscall stops, else not at all.
// Static programs say nothing when the companion starts the interposer in
// them (`starts_static`: cli/injector/static_start.h; it says so if it cannot).
void WarnIfUntraceable(const std::string& program, bool stepped, bool starts_static);

// Lets the launched program go on to its execve.
void OpenGate(Tracee* tracee);

// Resolves PROG like execvp and like strace: on failure prints
// "lzptrace: Can't stat 'PROG': No such file or directory" and returns "".
std::string ResolveProgram(const std::string& prog);

// Writes the embedded interposer to a private cache file (once per build) and
// returns its path; on failure prints why and returns "".
std::string ExtractInterposer();

// Creates the ring and wake pipe, forks, and leaves the child waiting at the
// gate; once opened, it execs `program` with the interposer preloaded.
// Returns false (after printing why) on failure.
// `tsc_khz`: the TSC's rate, for the tracees' -c accounting.
bool Launch(const Options& options, const std::string& program, const std::string& interposer, uint32_t tsc_khz,
            Tracee* out);

}  // namespace lzp::cli
