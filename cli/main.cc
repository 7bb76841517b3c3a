// cli/main.cc — lzptrace, as a list of passes:
//   parse the command line; find the program; extract the interposer;
//   launch the program with it; print every event until the last traced
//   process has gone; wait for the program; print the -c table; leave as
//   it left.
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
#include "cli/read/event_reader.h"
#include "cli/launch/launcher.h"
#include "cli/options/options.h"
#include "cli/json/json_sink.h"
#include "cli/perfetto/perfetto_sink.h"
#include "cli/print/line_colors.h"
#include "cli/print/output_check.h"
#include "cli/summary/summary.h"
#include "cli/print/trace_printer.h"

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
  if (companion) tracee->ring->options |= proto::kCompanion;  // read by the interposer after the execve
  if (!companion) {  // the tracees' own copies of the wake pipe make its EOF
    close(tracee->wake_write_fd);
    tracee->wake_write_fd = -1;
  }
  return companion;
}

// -p: the ring alone (nobody to launch), and the companion seizing the
// processes. SIGINT, SIGTERM, SIGHUP and SIGQUIT are blocked here so that
// they reach the companion's thread, which detaches. An exit code of 1 and
// strace's message if none can be attached.
std::unique_ptr<PtraceCompanion> AttachCompanion(const Options& options, uint32_t tsc_khz, Tracee* tracee) {
  if (!PrepareRing(options, tsc_khz, tracee)) return nullptr;
  close(tracee->shm_fd);
  tracee->shm_fd = -1;
  sigset_t detach;
  sigemptyset(&detach);
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) sigaddset(&detach, sig);
  pthread_sigmask(SIG_BLOCK, &detach, nullptr);
  auto companion = std::make_unique<PtraceCompanion>(options, "");
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
  const bool attach = !options.attach_pids.empty();  // -p
  std::string program = attach ? "" : ResolveProgram(options.command[0]);
  if (!attach && program.empty()) return 1;
  std::string interposer = attach ? "" : ExtractInterposer();
  if (!attach && interposer.empty()) return 1;

  FILE* out = stderr;
  if (!options.output_file.empty() && options.follow_forks < 2) {
    out = std::fopen(options.output_file.c_str(), options.append_output ? "ae" : "we");  // e: O_CLOEXEC, the tracee must not inherit it
    if (out == nullptr) {
      std::fprintf(stderr, "lzptrace: Can't fopen '%s': %s\n", options.output_file.c_str(), std::strerror(errno));
      return 1;
    }
  }
  static char buffer[1 << 16];
  std::setvbuf(out, buffer, _IOFBF, sizeof(buffer));
  FILE* perfetto_out = nullptr;  // --perfetto=FILE
  if (!options.perfetto_file.empty() && (perfetto_out = std::fopen(options.perfetto_file.c_str(), "we")) == nullptr) {
    std::fprintf(stderr, "lzptrace: Can't fopen '%s': %s\n", options.perfetto_file.c_str(), std::strerror(errno));
    return 1;
  }
  static char perfetto_buffer[1 << 16];
  if (perfetto_out) std::setvbuf(perfetto_out, perfetto_buffer, _IOFBF, sizeof(perfetto_buffer));

  // Calibrate the TSC before the tracee runs when lines carry times.
  TscClock clock;
  // -c: the tracees count in TSC ticks and need the rate to tell a short call from a long one.
  bool summary = options.summary || options.summary_and_trace;
  bool timed = options.timestamps || options.relative || options.durations || options.json || perfetto_out;
  clock.Start(timed ? 20 : summary ? 5 : 0);
  double mono_start = MonotonicSeconds();
  Tracee tracee;
  std::unique_ptr<PtraceCompanion> companion;
  if (attach) {
    companion = AttachCompanion(options, static_cast<uint32_t>(clock.ticks_per_second() / 1000), &tracee);
    if (!companion) return 1;
  } else {
    if (!Launch(options, program, interposer, static_cast<uint32_t>(clock.ticks_per_second() / 1000), &tracee)) return 1;
    signal(SIGINT, SIG_IGN);  // the terminal's ^C reaches the tracee; we keep draining
    signal(SIGQUIT, SIG_IGN);
    companion = StartCompanion(options, interposer, &tracee);
    WarnIfUntraceable(program, companion != nullptr);
    OpenGate(&tracee);
  }

  TracePrinter printer(options, out, tracee.pid, &clock);
  printer.SetCompanion(companion != nullptr);
  printer.WatchInflight(tracee.inflight, &tracee.ring->inflight_next);
  // --json and --perfetto: siblings of the text output, fed every shown event.
  std::unique_ptr<json::JsonSink> json_lines;
  if (options.json) {
    json_lines = std::make_unique<json::JsonSink>(options, &clock, printer.start_tsc(),
                                                  [&printer](pid_t tid) { return printer.OutputFor(tid); });
    printer.AddSink(json_lines.get());
    printer.SetTextOutput(false);
  }
  std::unique_ptr<perfetto::PerfettoSink> timeline;
  if (perfetto_out) {
    timeline = std::make_unique<perfetto::PerfettoSink>(perfetto_out, &clock, printer.start_tsc(), tracee.pid,
                                                        attach ? "" : program);
    printer.AddSink(timeline.get());
  }
  bool per_thread_files = options.follow_forks >= 2 && !options.output_file.empty();  // never a terminal
  printer.SetColor(!options.json && UseColor(per_thread_files && options.color == ColorWhen::kAuto ? ColorWhen::kNever
                                                                                                    : options.color,
                                             fileno(out)));
  OutputCheck output_check(out == stderr ? nullptr : out, options.output_file);  // -o on a full disk
  EventReader reader({tracee.ring, tracee.ring_data, tracee.ring_capacity, tracee.wake_read_fd}, [&] {
    printer.Flush();
    output_check.Check();
  });
  Event event;
  uint64_t events = 0;
  while (reader.Next(&event)) {
    printer.Handle(event);
    if (++events % 65536 == 0) clock.Refine();
  }
  clock.Refine();

  int status = 0;
  if (companion) status = companion->Join();  // it reaped every tracee
  if (companion && companion->Detached()) printer.LetGo();  // -p: no end of theirs to report
  else
    while (waitpid(tracee.pid, &status, 0) < 0 && errno == EINTR) {
    }
  printer.Finish(status);
  if (options.summary || options.summary_and_trace) {
    PrintSummary(out, tracee.counters, clock.ticks_per_second(), options.sort_by, options.summary_columns);
    std::fflush(out);
  }
  std::fflush(out);
  output_check.Check();
  if (out != stderr) std::fclose(out);
  if (perfetto_out && std::fclose(perfetto_out) != 0)
    std::fprintf(stderr, "lzptrace: %s: %s\n", options.perfetto_file.c_str(), std::strerror(errno));
  // -ff -o FILE: the -c table, if any, went to stderr (there is no one file).
  if (options.stats) {
    double elapsed = MonotonicSeconds() - mono_start;
    struct rusage self;
    getrusage(RUSAGE_SELF, &self);
    std::fprintf(stderr, "lzptrace: %llu events in %.3f s (%.0f events/s), peak memory %ld KiB\n",
                 static_cast<unsigned long long>(events), elapsed, elapsed > 0 ? events / elapsed : 0.0, self.ru_maxrss);
  }
  LeaveLike(attach ? 0 : status);  // -p: the processes were not ours to start
}

}  // namespace
}  // namespace lzp::cli

int main(int argc, char** argv) { return lzp::cli::Run(argc, argv); }
