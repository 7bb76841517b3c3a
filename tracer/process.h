// tracer/process.h — what the interposer knows about its process and the CLI.
//
// Filled once by the constructor (tracer/init.cc) from LZPTRACE_CONFIG and
// the auxiliary vector. fork() copies it, exec rebuilds it. CLONE_VM children
// that are not threads (vfork, posix_spawn) share this memory with their
// parent, so nothing here is written after start-up; per-task facts live in
// ThreadState.
#pragma once

#include <cstdint>

#include "tracer/protocol.h"

namespace lzp {

struct Process {
  bool active;                    // the launcher configured us and the ring is mapped
  bool in_cli;                    // the CLI's companion writes with this code too: it outlives reader_left
  proto::RingControl* ring;
  proto::InflightSlot* inflight;  // kInflightSlots of them
  uint8_t* ring_data;
  uint64_t ring_capacity;
  int shm_fd;                     // -1 when fd-less (protocol.h): both closed after mapping
  int wake_fd;
  uint32_t cli_pid;               // fd-less: where a traced exec reopens the ring (a private copy)
  int cli_shm_fd;
  uint32_t requested_mode;        // the config's <mode>, passed on to exec'd images
  struct { uint64_t dev, ino; } our_files[2];  // what shm_fd and wake_fd are, wherever they move
  uint32_t options;               // proto::Options
  uint32_t string_limit;          // -s: bytes of strings and buffers to capture
  uint64_t trace_bitmap[8];       // -e trace=: syscalls shown (a private copy)
  proto::SyscallCounter* counters;  // -c: shared totals, or null
  bool count_cpu_time;            // -c without -w: count calls' CPU time, not their wall time
  uint64_t tsc_khz;               // the TSC's rate (from the CLI)
  uint64_t long_call_ticks;       // calls longer than this may have slept: their CPU time is read
  uint64_t overhead_ticks;        // -O: taken off each counted call's time
  bool no_records;                // -c alone: count, do not record
  bool decode_fds;                // -y, -P: capture the paths fds refer to
  bool whole_arrays;              // -v, -e abbrev=: proto::kWholeArrays
  bool fd_details;                // -yy: and what sockets, devices and pidfds they are
  bool record_ip;                 // -i
  bool kvm_vcpu;                  // -e kvm=vcpu
  bool stack_trace;               // -k: stack snapshots and code maps
  proto::DumpFds dump;            // -e read=/write=: fds captured whole
  bool any_dump;
  proto::Mode mode;               // in force: kHybrid or kSud
  bool zpoline;                   // page 0 holds the trampoline
  uint64_t vdso_start, vdso_end;  // never rewritten
  uint64_t vdso_image_size;       // the vDSO's ELF image (what vdso.h hashes)
  uint64_t self_start, self_end;  // the interposer's own text
  uint64_t min_signal_stack;      // AT_MINSIGSTKSZ: the kernel's smallest signal frame
  uint64_t main_phdr, main_phnum; // AT_PHDR, AT_PHNUM: the program's headers (eager_rewrite.cc)
  struct SignalTable* main_signals;  // the start thread's dispositions (threads an attach starts share them)
  proto::LearnedSites* learned_sites;  // hybrid mode, unless --no-eager-rewrite: sites shared by every tracee
  // Our environment entries, re-added to every traced execve.
  char audit_entry[512];          // "LD_AUDIT=..." as the launcher set it
  char config_entry[128];         // "LZPTRACE_CONFIG=..."
};

extern Process g_process;

// Has this process ever created a thread? (Rewriting sites that cannot be
// patched atomically is only safe while there is one thread.)
extern volatile bool g_multithreaded;

// Is syscall nr shown (not filtered out by -e trace=)?
// Syscall numbers the per-number tables (trace bitmap, hooks, captures,
// counters, filters, injections) cover; a number past them is recorded bare
// (syscall_hooks.cc).
inline constexpr uint64_t kTableNumbers = 512;
// Has this process changed user since lzptrace started it (setuid, setpriv,
// man(1) running its pipeline as user man)? tracer/hooks_exec.cc.
bool ChangedUserSinceStart();

inline bool Shown(uint64_t nr) { return nr < kTableNumbers && (g_process.trace_bitmap[nr >> 6] >> (nr & 63)) & 1; }

inline bool IsOurFd(long fd) {
  return g_process.active && fd >= 0 && (fd == g_process.shm_fd || fd == g_process.wake_fd);
}

}  // namespace lzp
