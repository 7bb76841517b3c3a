// cli/main.cc — lzptrace, as a list of passes:
//   parse the command line (--replay=FILE: print a recording instead,
//   cli/record/replay.h); find the program; extract the interposer; launch
//   the program with it; print (--record: and record) every event until
//   the last traced process has gone; wait for the program; print the -c
//   table; leave as it left.
#include <signal.h>
#include <time.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>
#include <pthread.h>
#include <string>

#include "cli/read/clock.h"
#include "cli/companion/ptrace_companion.h"
#include "cli/launch/parent_shim.h"
#include "cli/read/blocked_calls.h"
#include "cli/read/event_reader.h"
#include "cli/read/interleave.h"
#include "cli/launch/interrupt.h"
#include "cli/launch/launcher.h"
#include "cli/options/options.h"
#include "cli/print/output_check.h"
#include "cli/print/output_pipe.h"
#include "cli/print/output_sinks.h"
#include "cli/summary/summary.h"
#include "cli/print/trace_printer.h"
#include "cli/record/capture_info.h"
#include "cli/record/recorder.h"
#include "cli/record/replay.h"

namespace lzp::cli {
namespace {

double MonotonicSeconds() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

// Exits with the tracee's status; dies of the tracee's signal if it died of one.
[[noreturn]] void LeaveLike(int status) {
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    signal(sig, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, nullptr);
    kill(getpid(), sig);
    _exit(128 + sig);  // a signal that does not kill (should not happen)
  }
  _exit(WIFEXITED(status) ? WEXITSTATUS(status) : 1);
}

// The ptrace companion, unless --no-ptrace or ptrace is not allowed here
// (said once: what the trace then lacks).
std::unique_ptr<PtraceCompanion> StartCompanion(const Options& options, const std::string& interposer, Tracee* tracee) {
  std::unique_ptr<PtraceCompanion> companion;
  if (options.use_ptrace) {
    companion = std::make_unique<PtraceCompanion>(options, interposer);
    std::string why;
    if (!companion->Start(tracee->pid, {tracee->ring, tracee->ring_data, tracee->ring_capacity, tracee->wake_write_fd}, &why)) {
      companion.reset();
      if (!options.quiet)
        std::fprintf(stderr,
                     "lzptrace: ptrace is not allowed (%s): tracing in-process only, without signals at their "
                     "default action, stops, the loader's first calls and kernel exit statuses\n",
                     why.c_str());
    }
  }
  // Read by the interposer after the execve. Fd-less tracees reopen the ring
  // through /proc/<our pid>/fd, which a program run as another user (-u)
  // cannot: those keep their fds.
  if (companion) tracee->ring->options |= proto::kCompanion | (options.run_as_user.empty() ? proto::kFdless : 0);
  if (!companion) {  // the tracees' own copies of the wake pipe make its EOF
    close(tracee->wake_write_fd);
    tracee->wake_write_fd = -1;
  }
  return companion;
}

// -p: the ring alone (nobody to launch), and the companion seizing the
// processes. lzptrace's fatal signals are blocked here so that they reach
// the companion's thread, which detaches (cli/launch/interrupt.h). An exit code of 1 and
// strace's message if none can be attached.
std::unique_ptr<PtraceCompanion> AttachCompanion(const Options& options, const std::string& interposer, uint32_t tsc_khz,
                                                  Tracee* tracee) {
  if (!PrepareRing(options, tsc_khz, interposer, tracee)) return nullptr;
  // The interposer injected into them (cli/injector/attach_start.h) reopens
  // the ring through our memfd, which stays open; it does not hook the vDSO
  // (a running thread may be inside it), and the ring has no fd in them.
  tracee->ring->options |= proto::kCompanion | proto::kFdless;
  reinterpret_cast<proto::VdsoPlan*>(reinterpret_cast<uint8_t*>(tracee->ring) + proto::kVdsoPlanOffset)->count = 0;
  BlockFatalSignals(options.interruptible);  // -I: the companion's thread catches them, or they stay blocked
  auto companion = std::make_unique<PtraceCompanion>(options, interposer);
  std::string why;
  if (!companion->Attach(std::vector<pid_t>(options.attach_pids.begin(), options.attach_pids.end()),
                         {tracee->ring, tracee->ring_data, tracee->ring_capacity, tracee->wake_write_fd}, &why)) {
    std::fprintf(stderr, "lzptrace: %s\n", why.c_str());
    return nullptr;
  }
  tracee->pid = options.attach_pids[0];
  return companion;
}

int Run(int argc, char** argv) {
  // Under `bazel run`, trace in the directory the user ran it from.
  if (const char* dir = std::getenv("BUILD_WORKING_DIRECTORY"); dir != nullptr && dir[0] == '/') {
    if (chdir(dir) != 0) std::fprintf(stderr, "lzptrace: cannot chdir to %s: %s\n", dir, std::strerror(errno));
    unsetenv("BUILD_WORKING_DIRECTORY");
    unsetenv("BUILD_WORKSPACE_DIRECTORY");
  }
  Options options;
  int exit_code = 0;
  if (!ParseOptions(argc, argv, &options, &exit_code)) return exit_code;
  SetConstStyle(options.const_style);  // -X: read by every printer of constants, live or replayed
  if (!options.replay_file.empty()) return record::Replay(options);
  const bool attach = !options.attach_pids.empty();  // -p
  std::string program = attach ? "" : ResolveProgram(options.command[0]);
  if (!attach && program.empty()) return 1;
  std::string interposer = ExtractInterposer();
  if (interposer.empty()) return 1;

  // --record: events to the file; printed live too only with -o.
  std::unique_ptr<record::Recorder> recorder;
  if (!options.record_file.empty()) {
    recorder = std::make_unique<record::Recorder>();
    std::string why;
    if (!recorder->Create(options.record_file, &why)) {
      std::fprintf(stderr, "lzptrace: %s\n", why.c_str());
      return 1;
    }
  }
  const bool print = !recorder || !options.output_file.empty() || options.json || !options.perfetto_file.empty();

  FILE* out = stderr;
  // -o '|CMD' (or '!CMD'), as strace: the trace is piped into CMD, run by sh.
  const bool piped = !options.output_file.empty() && (options.output_file[0] == '|' || options.output_file[0] == '!');
  OutputPipe output_pipe;
  if (print && piped && options.follow_forks < 2) {
    out = output_pipe.Open(options.output_file.substr(1));
    if (out == nullptr) {
      std::fprintf(stderr, "lzptrace: Can't popen '%s': %s\n", options.output_file.c_str() + 1, std::strerror(errno));
      return 1;
    }
  } else if (print && !options.output_file.empty() && options.follow_forks < 2) {
    out = std::fopen(options.output_file.c_str(), options.append_output ? "ae" : "we");  // e: O_CLOEXEC, the tracee must not inherit it
    if (out == nullptr) {
      std::fprintf(stderr, "lzptrace: Can't fopen '%s': %s\n", options.output_file.c_str(), std::strerror(errno));
      return 1;
    }
  }
  static char buffer[1 << 16];
  if (print) std::setvbuf(out, buffer, _IOFBF, sizeof(buffer));
  OutputSinks sinks;  // --json, --perfetto=FILE, --color
  if (!sinks.OpenFiles(options)) return 1;

  // Calibrate the TSC before the tracee runs when lines carry times.
  TscClock clock;
  // -c: the tracees count in TSC ticks and need the rate to tell a short call from a long one.
  bool summary = options.summary || options.summary_and_trace;
  // --filter on durations: the tracees turn ticks into nanoseconds (20 ms, as for -T: the same precision).
  bool timed = options.timestamps || options.relative || options.durations || recorder || options.json ||
               !options.perfetto_file.empty() || (options.predicate && options.predicate->program.uses_dur);
  clock.Start(timed ? 20 : summary ? 5 : 0);
  double mono_start = MonotonicSeconds();
  Tracee tracee;
  std::unique_ptr<PtraceCompanion> companion;
  if (attach) {
    companion = AttachCompanion(options, interposer, static_cast<uint32_t>(clock.ticks_per_second() / 1000), &tracee);
    if (!companion) return 1;
  } else {
    if (!Launch(options, program, interposer, static_cast<uint32_t>(clock.ticks_per_second() / 1000), &tracee)) return 1;
    // -I (cli/launch/interrupt.h): blocked before the companion's thread
    // starts; it catches them, or, without it, this thread does.
    BlockFatalSignals(options.interruptible);
    companion = StartCompanion(options, interposer, &tracee);
    if (!companion) CatchFatalSignals(options.interruptible);
    WarnIfUntraceable(program, companion != nullptr, !options.step_static && (tracee.ring->options & proto::kFdless) != 0);
    OpenGate(&tracee);
  }

  const uint64_t start_tsc = ReadTsc();
  std::unique_ptr<TracePrinter> printer;
  if (print) {
    printer = std::make_unique<TracePrinter>(options, out, tracee.pid, &clock);
    printer->StartAt(start_tsc);
    printer->SetCompanion(companion != nullptr);
    printer->WatchInflight(tracee.inflight, &tracee.ring->inflight_next);
  }
  if (recorder && printer)  // -Y: what /proc said, for replay (the processes will be gone)
    printer->SetPidNameLookup([&recorder](pid_t pid) {
      std::string name = PidNames::ReadComm(pid);
      recorder->NotePidName(pid, name);
      return name;
    });
  if (recorder) {
    recorder->Begin(record::DescribeCapture(options, *tracee.ring, tracee.pid, companion != nullptr, start_tsc),
                    attach ? "" : program);
    recorder->WatchInflight(tracee.inflight, &tracee.ring->inflight_next);
    recorder->NoteClock(clock.State());
  }
  // --json and --perfetto: siblings of the text output, fed every shown event.
  if (printer) sinks.Attach(options, printer.get(), &clock, tracee.pid, attach ? "" : program, out);
  OutputCheck output_check(out == stderr ? nullptr : out, options.output_file);  // -o on a full disk
  // Calls running longer than the interleave window: shown at their entry.
  std::unique_ptr<BlockedCalls> blocked;
  if ((printer && printer->ShowsBlockedCalls()) || (recorder && !printer))
    blocked = std::make_unique<BlockedCalls>(
        tracee.inflight, &tracee.ring->inflight_next, kInterleaveWindowTicks / 2,
        companion::RemoteCapture(options.string_limit, options.decode_fds > 0 || !options.paths.empty(), interposer,
                                 (options.decode_fds & ~kDecodePath) != 0, options.verbose || !options.filters.abbrev.all()),
        options.decode_fds > 0 || !options.paths.empty());
  const BlockedCalls::Announce announce = [&](const proto::SyscallRecord& rec, const std::string& payload) {
    if (printer) printer->Announce(rec, payload);
    if (recorder) recorder->NoteAnnounce(rec, payload);
  };
  EventReader reader({tracee.ring, tracee.ring_data, tracee.ring_capacity, tracee.wake_read_fd}, [&] {
    uint64_t now = ReadTsc();
    if (blocked) blocked->Scan(now, announce);
    if (printer) printer->Flush(now);
    if (recorder) recorder->NoteFlush(now);  // after: what the flush looked up (-Y) comes first
    output_check.Check();
  });
  Event event;
  uint64_t events = 0, via_sigsys = 0;  // --stats: how many calls came through a SIGSYS
  auto refine_clock = [&] {
    clock.Refine();
    if (recorder) recorder->NoteClock(clock.State());
  };
  // -I 1 and 2: a fatal signal lets the tracees go (cli/launch/interrupt.h).
  reader.StopWhen([&] {
    if (g_fatal_signal == 0) return false;
    if (companion) return companion->Finished();  // it detached them, and wrote how their calls were left
    tracee.ring->reader_left.store(1, std::memory_order_seq_cst);  // untraced from now on
    return true;
  });
  const bool record_only = recorder && !printer;
  for (;;) {
    if (record_only) {  // runs of records straight from the ring to the file
      uint64_t sud = 0;
      if (uint64_t took = recorder->TakeRecords(&reader, 65536 - events % 65536, &sud)) {
        via_sigsys += sud;
        if (blocked) blocked->Scan(ReadTsc(), announce);
        if ((events += took) % 65536 == 0) refine_clock();
        continue;
      }
    }
    if (!reader.Next(&event)) break;
    if (event.kind == Event::Kind::kSyscall && (event.syscall.flags & proto::kSudRoute)) ++via_sigsys;
    if (blocked && event.kind == Event::Kind::kSyscall) blocked->Scan(event.syscall.tsc_exit, announce);
    if (printer) printer->Handle(event);
    else if (event.kind == Event::Kind::kNotice) std::fprintf(stderr, "%s\n", event.text.c_str());
    if (recorder) recorder->NoteEvent(event, reader.LastRecord());  // after: what printing it looked up comes first
    if (++events % 65536 == 0) refine_clock();
  }
  refine_clock();

  int status = 0;
  if (companion) status = companion->Join();  // it reaped every tracee
  const bool interrupted = g_fatal_signal != 0 && (!companion || companion->Detached());
  const bool detached = (companion && companion->Detached()) || interrupted;
  if (detached) {
    if (!companion && !options.quiet_attach) SayTasksDetached(tracee.ring);
    if (printer) companion ? printer->LetGo() : printer->LetGoFromSlots();  // no end of theirs to report
  } else if (options.daemonize) {
    status = -1;  // -D without the companion: the program is not our child; its end is not known here
  } else if (tracee.shim_pid > 0) {  // its parent waited for it (the companion could not start: ptrace not allowed)
    // The parent's status is the process's own end, also where the companion
    // lost sight of it: without -f, a thread it does not trace execs, and
    // the leader it traced is reported ended (0) while the new image runs on.
    int shim_status = WaitThroughShim(tracee.shim_pid, tracee.shim_status_fd);
    if (!companion || shim_status != -1) status = shim_status;
    tracee.shim_pid = -1;
  } else {
    while (waitpid(tracee.pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
  const uint64_t finish_tsc = ReadTsc();
  if (printer) printer->Finish(status, finish_tsc);
  if (recorder) {
    record::EndChunk end = {};
    end.status = status;
    end.detached = detached;
    end.finish_tsc = finish_tsc;
    std::string why;
    if (!recorder->Close(end, summary ? tracee.counters : nullptr, &why))
      std::fprintf(stderr, "lzptrace: %s: %s\n", options.record_file.c_str(), why.c_str());
  }
  if (print && summary) {
    PrintSummary(out, tracee.counters, clock.ticks_per_second(), options.sort_by, options.summary_columns);
    std::fflush(out);
  }
  std::fflush(out);
  output_check.Check();
  if (out != stderr && piped) output_pipe.Close();  // (waits for the command, as strace)
  if (out != stderr && !piped) std::fclose(out);
  sinks.Close();
  // -ff -o FILE: the -c table, if any, went to stderr (there is no one file).
  if (options.stats) {
    double elapsed = MonotonicSeconds() - mono_start;
    struct rusage self;
    getrusage(RUSAGE_SELF, &self);
    // The rate above is wall time, bounded by how fast the tracees make
    // calls; the CPU figure is lzptrace's own (decoding and printing).
    double cpu = self.ru_utime.tv_sec + self.ru_utime.tv_usec / 1e6 + self.ru_stime.tv_sec + self.ru_stime.tv_usec / 1e6;
    std::fprintf(stderr,
                 "lzptrace: %llu events in %.3f s (%.0f events/s), peak memory %ld KiB, %llu calls through SIGSYS, "
                 "%.3f s of lzptrace's CPU (%.0f events per CPU-second)\n",
                 static_cast<unsigned long long>(events), elapsed, elapsed > 0 ? events / elapsed : 0.0, self.ru_maxrss,
                 static_cast<unsigned long long>(via_sigsys), cpu, cpu > 0 ? events / cpu : 0.0);
    std::fflush(stderr);  // (the trace may have made it fully buffered; LeaveLike does not flush)
  }
  // -p: the processes were not ours to start; let go on a fatal signal, we die of it, as strace.
  // -D: nobody waits for us (the caller waits for the program itself).
  LeaveLike(interrupted ? g_fatal_signal : attach || status == -1 ? 0 : status);
}

}  // namespace
}  // namespace lzp::cli

int main(int argc, char** argv) { return lzp::cli::Run(argc, argv); }
