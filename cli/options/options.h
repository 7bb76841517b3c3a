// cli/options/options.h — the command line, parsed the way strace parses it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "cli/filter/compiler.h"
#include "cli/options/filter.h"
#include "cli/print/const_style.h"
#include "tracer/protocol.h"

namespace lzp::cli {

// What -y / --decode-fds= shows of an fd: bits of Options::decode_fds (and
// FormatOptions::decode_fds). -y is the path; -yy all four.
enum : int { kDecodePath = 1, kDecodeSocket = 2, kDecodeDev = 4, kDecodePidfd = 8, kDecodeAll = 15 };

// --color=WHEN: escape codes in the text output (auto: only on a terminal).
enum class ColorWhen { kNever, kAuto, kAlways };

struct Options {
  int follow_forks = 0;          // -f (1), -ff (2)
  std::string output_file;       // -o FILE
  bool append_output = false;    // -A: open it for appending
  int quiet = 0;                 // -q, -qq
  bool quiet_attach = false;     // -q or -e quiet=attach: no "Process N attached"; implied by `-o FILE PROG`
  bool quiet_given = false;      // -q or -e quiet= was given (the implied quiet_attach does not apply)
  bool quiet_exit = false;       // -qq or -e quiet=exit: no "+++ exited with N +++"
  uint32_t string_limit = 32;    // -s N
  int hex = 0;                   // -x, -xx
  bool verbose = false;          // -v
  Filters filters;               // -e
  bool summary = false;          // -c: the table only
  bool summary_and_trace = false;  // -C: trace and table
  bool wall_time = false;        // -w
  std::string sort_by = "time";  // -S
  proto::Mode mode = proto::Mode::kAuto;
  uint64_t ring_bytes = 4ull << 20;
  bool stats = false;            // --stats
  bool json = false;             // --json: JSON Lines instead of strace's text (cli/json/)
  std::string perfetto_file;     // --perfetto=FILE: a timeline too (cli/perfetto/)
  ColorWhen color = ColorWhen::kNever;  // --color
  bool use_ptrace = true;        // the ptrace companion (cli/companion/); --no-ptrace: in-process only
  // -D: lzptrace runs as the program's grandchild, the program in its place
  // (the caller's child): 1 grandchild, 2 in a process group of its own
  // (-DD), 3 in a session of its own (-DDD).
  int daemonize = 0;
  // -O: nanoseconds taken off each call's time in -c's table (at least 0 left), as strace's overhead.
  uint64_t overhead_ns = 0;
  // -I: when lzptrace lets its fatal signals (HUP INT QUIT PIPE TERM) stop
  // the trace: 1 anywhere, 2 waiting (they detach every tracee, which goes on
  // untraced, and lzptrace dies of the signal), 3 never (blocked), 4 never_tstp
  // (SIGTSTP too). As strace: 3 for `-o FILE PROG`, else 2.
  int interruptible = 2;
  bool step_static = false;      // --step-static: static programs stepped, not injected (cli/injector/)
  bool eager_rewrite = true;     // hybrid: rewrite sites other tracees met before they run (tracer/eager_rewrite.h)
  int timestamps = 0;            // -t (1), -tt (2), -ttt (3); --timestamps=time is 1, =unix 3
  int absolute_digits = -1;      // --timestamps=...,PRECISION: digits after the point (-1: -t's 0, else 6)
  int relative_digits = 6;       // --relative-timestamps=PRECISION (s 0, ms 3, us 6, ns 9)
  int duration_digits = 6;       // --syscall-times=PRECISION
  size_t align_column = 40;      // -a
  std::vector<std::string> env_changes;  // -E VAR=VAL (set) or -E VAR (unset), in order
  std::string run_as_user;       // -u USER
  int decode_fds = 0;            // -y, -yy, --decode-fds=: kDecode* bits
  bool instruction_pointer = false;  // -i
  bool kvm_vcpu = false;             // -e kvm=vcpu: KVM_RUN's exit reason after its result
  bool stack_trace = false;          // -k
  bool pid_names = false;            // -Y: pids with their command names
  bool detach_on_exec = false;       // -b execve
  bool syscall_numbers = false;  // -n
  ConstStyle const_style = ConstStyle::kAbbrev;  // -X raw|abbrev|verbose (cli/print/const_style.h)
  std::vector<std::string> summary_columns;  // -U
  std::vector<std::string> paths;  // -P PATH: only syscalls that touch these
  std::shared_ptr<const filter::CompiledFilter> predicate;  // --filter EXPR: only calls it matches
  bool relative = false;         // -r
  bool durations = false;        // -T
  std::vector<std::string> handlers;  // --handler=LIB: absolute paths of checked handler libraries, in order
  std::string record_file;       // --record=FILE: the events to FILE (cli/record/), printed live only with -o
  std::string replay_file;       // --replay=FILE: print a recording instead of tracing
  std::vector<std::string> command;  // PROG [ARGS...]
  std::vector<int> attach_pids;      // -p PID[,PID...]: trace running processes instead

  // Several tasks share one output: -f, or -p with more than one PID. strace
  // then starts each line with its task's pid and interleaves the calls
  // tasks are in (<unfinished ...>, <... resumed>).
  // A replay takes the last from the recording (replayed_several_attached).
  bool replayed_several_attached = false;
  bool SeveralTasks() const { return follow_forks != 0 || attach_pids.size() > 1 || replayed_several_attached; }
};

// Parses argv. On a user error prints strace's one-line message and the hint
// line to stderr and returns false with *exit_code = 1; -h prints usage and
// returns false with *exit_code = 0.
bool ParseOptions(int argc, char** argv, Options* out, int* exit_code);

}  // namespace lzp::cli
