// tests/stress_test.cc — lzptrace under load, in both interposer modes:
// many threads racing for the ring, a tree of short-lived processes, a
// storm of queued signals, and every integration test program again with the
// smallest ring (64 KiB), where writers wait for the reader all the time.
// Each checks that no event is lost, doubled or reordered.
//
// Sizes are chosen so the target runs in well under a minute on 2 cores;
// docs/reliability.md has the figures, and those of the full-size runs.
#include <sys/wait.h>

#include <map>
#include <cctype>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace lzp::test {
namespace {

constexpr int kThreads = 64;
constexpr long kCallsPerThread = 10000;  // the issue asks 100000: see docs/reliability.md for its time here

class Stress : public ::testing::TestWithParam<std::string> {};

// "PID rest" (-f -o FILE lines; short pids are padded): the pid, and the rest.
bool SplitPid(const std::string& line, long* pid, std::string* rest) {
  size_t space = line.find(' ');
  if (space == std::string::npos || space == 0) return false;
  for (size_t i = 0; i < space; ++i)
    if (line[i] < '0' || line[i] > '9') return false;
  *pid = std::stol(line.substr(0, space));
  size_t start = line.find_first_not_of(' ', space);
  *rest = start == std::string::npos ? "" : line.substr(start);
  return true;
}

TEST_P(Stress, SixtyFourThreadsLoseDoubleAndReorderNothing) {
  Traced t = TraceInMode(GetParam(), {Program("stress"), "threads", std::to_string(kThreads), std::to_string(kCallsPerThread)},
                         {"-f", "-q"});
  ASSERT_EQ(t.run.status, 0) << t.run.err;
  EXPECT_EQ(t.run.out, std::to_string(kThreads) + " threads x " + std::to_string(kCallsPerThread) + " lseek\n");
  // Each thread's calls carry 0, 1, 2, ... as lseek's offset; the trace must
  // show every thread's numbers once each, in order (the "<unfinished ...>"
  // half of a split call carries the number, its "<... resumed>" half not).
  std::map<long, long> next;  // pid -> the offset expected next
  long out_of_order = 0;
  for (const std::string& line : t.trace) {
    long pid;
    std::string rest;
    if (!SplitPid(line, &pid, &rest) || rest.rfind("lseek(-1, ", 0) != 0) continue;
    long offset = std::stol(rest.substr(10));
    if (offset != next[pid]) ++out_of_order;
    next[pid] = offset + 1;
  }
  EXPECT_EQ(out_of_order, 0);
  ASSERT_EQ(next.size(), static_cast<size_t>(kThreads));
  for (auto& [pid, count] : next) EXPECT_EQ(count, kCallsPerThread) << "thread " << pid;
}

TEST_P(Stress, FiveHundredShortLivedProcessesAllSeenToExit) {
  // 20 children, each with 24 grandchildren: 500 processes under -f.
  Traced t = TraceInMode(GetParam(), {Program("stress"), "tree", "20", "24"}, {"-f", "-q"});
  ASSERT_EQ(t.run.status, 0) << t.run.err;
  EXPECT_EQ(t.run.out, "500 processes, 0 bad exits\n");
  std::set<long> created, exited;
  for (const std::string& line : t.trace) {
    long pid;
    std::string rest;
    if (!SplitPid(line, &pid, &rest)) continue;
    if (rest == "+++ exited with 3 +++" || rest == "+++ exited with 0 +++") exited.insert(pid);
    size_t result = rest.rfind("= ");  // after the alignment padding
    if ((rest.rfind("clone(", 0) == 0 || rest.rfind("<... clone resumed>", 0) == 0) && result != std::string::npos &&
        rest.find("<unfinished") == std::string::npos && std::isdigit(static_cast<unsigned char>(rest[result + 2])))
      created.insert(std::stol(rest.substr(result + 2)));  // (not "= ? ERESTARTNOINTR": a signal cut it, it is made again)
  }
  EXPECT_EQ(created.size(), 500u);
  for (long pid : created) EXPECT_TRUE(exited.count(pid)) << "no exit seen for " << pid;
  EXPECT_EQ(exited.size(), 501u);  // and the main process
}

TEST_P(Stress, SignalStormAcrossThreadsEveryDeliveryShown) {
  constexpr int kTargets = 8, kEach = 250;
  Traced t = TraceInMode(GetParam(), {Program("stress"), "signals", std::to_string(kTargets), std::to_string(kEach)},
                         {"-f", "-q"});
  ASSERT_EQ(t.run.status, 0) << t.run.err;
  EXPECT_EQ(t.run.out, std::to_string(kTargets) + " threads received " + std::to_string(kTargets * kEach) + " signals\n");
  int deliveries = 0, sent = 0;
  for (const std::string& line : t.trace) {
    // glibc's SIGRTMIN is the kernel's 34, which strace calls SIGRT_2.
    if (line.find("--- SIGRT_2 {si_signo=SIGRT_2, si_code=SI_TKILL") != std::string::npos) ++deliveries;
    // Sends: calls, less those refused (queue full, retried); a call split
    // into "<unfinished ...>" and "<... tgkill resumed>" has its result in the second.
    if (line.find("tgkill(") != std::string::npos && line.find("SIGRT_2") != std::string::npos) ++sent;
    if (line.find("tgkill") != std::string::npos && line.find("= -1 E") != std::string::npos) --sent;
  }
  EXPECT_EQ(deliveries, kTargets * kEach);
  EXPECT_EQ(sent, kTargets * kEach);
}

TEST_P(Stress, ThreadChurnDoesNotGrowTheProcess) {
  // Each thread's state and capture area (~80 KiB) must be reused once the
  // thread is gone: 2000 threads take no more memory than 200.
  for (const std::vector<std::string>& options : {std::vector<std::string>{"-f"}, std::vector<std::string>{}}) {
    Traced few = TraceInMode(GetParam(), {Program("stress"), "churn", "200"}, options);
    Traced many = TraceInMode(GetParam(), {Program("stress"), "churn", "2000"}, options);
    ASSERT_EQ(few.run.status, 0) << few.run.err;
    ASSERT_EQ(many.run.status, 0) << many.run.err;
    long grown_kib = std::stol(many.run.out) - std::stol(few.run.out);
    EXPECT_LT(grown_kib, 1024) << (options.empty() ? "without -f" : "with -f");
  }
}

// The integration tests' programs, with a 64 KiB ring: the same program
// output as untraced, and the same calls as with the default 8 MiB ring
// (counted by name, leaving out those whose number depends on timing).
struct SmallRingCase {
  std::vector<std::string> command;
  std::vector<std::string> options;
};

std::map<std::string, int> CallCounts(const std::vector<std::string>& trace) {
  static const std::set<std::string> kTimingDependent = {"futex", "rt_sigreturn", "gettid", "sched_yield",
                                                         "wait4", "restart_syscall", "nanosleep", "clock_nanosleep"};
  std::map<std::string, int> counts;
  for (const std::string& line : trace) {
    std::string name = SyscallNameOf(line);
    // A call a signal interrupted (and the kernel restarts) is one line more
    // only if the signal came while it slept: timing, like the names above.
    bool interrupted = line.find("= ? ERESTART") != std::string::npos;
    if (!name.empty() && !kTimingDependent.count(name) && !interrupted) counts[name]++;
  }
  return counts;
}

TEST_P(Stress, EveryIntegrationProgramWithTheSmallestRing) {
  const std::vector<SmallRingCase> cases = {
      {{Program("exit_code"), "7"}, {}},
      {{Program("fds")}, {}},
      {{Program("getppid_1000")}, {}},
      {{Program("jit_syscall")}, {}},
      {{Program("page_zero_edges")}, {}},
      {{Program("processes")}, {"-f"}},
      {{Program("remap")}, {}},
      {{Program("signal_storm")}, {}},
      {{Program("signals")}, {}},
      {{Program("static_loop")}, {"-f"}},
      {{Program("threads")}, {"-f"}},
      {{Program("vdso_calls")}, {}},
      {{"ls", "-l", "/usr"}, {}},
      {{"sh", "-c", "/bin/true; echo done"}, {"-f"}},
      {{Program("stress"), "threads", "8", "2000"}, {"-f"}},
  };
  for (const SmallRingCase& c : cases) {
    RunResult plain = RunProgram(c.command);
    std::vector<std::string> small_options = c.options;
    small_options.push_back("--ring-size=65536");
    Traced normal = TraceInMode(GetParam(), c.command, c.options);
    Traced small = TraceInMode(GetParam(), c.command, small_options);
    EXPECT_EQ(small.run.out, plain.out) << c.command[0];
    EXPECT_EQ(small.run.status, plain.status) << c.command[0];
    EXPECT_EQ(CallCounts(small.trace), CallCounts(normal.trace)) << c.command[0];
    ASSERT_FALSE(small.trace.empty()) << c.command[0];
    EXPECT_EQ(small.trace.back().find("+++ "), small.trace.back().find("+++")) << c.command[0];
  }
}

INSTANTIATE_TEST_SUITE_P(Modes, Stress, ::testing::Values("hybrid", "sud"));

}  // namespace
}  // namespace lzp::test
