// tests/integration_test.cc — real programs under lzptrace, in both modes.
//
// Every test runs once with --mode=hybrid (zpoline fast path; needs page 0,
// which root can map outside user namespaces) and once with --mode=sud. Each
// checks the traced program's output and exit status against an untraced
// run, and checks the trace itself.
#include <signal.h>
#include <sys/wait.h>

#include <algorithm>
#include <regex>

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace lzp::test {
namespace {

struct Traced {
  RunResult run;
  std::vector<std::string> trace;
};

class Integration : public ::testing::TestWithParam<std::string> {
 protected:
  Traced Trace(std::vector<std::string> command, std::vector<std::string> options = {}) {
    std::string file = TempPath("trace");
    std::vector<std::string> argv = {Lzptrace(), "--mode=" + GetParam(), "-o", file};
    argv.insert(argv.end(), options.begin(), options.end());
    argv.insert(argv.end(), command.begin(), command.end());
    Traced t{RunProgram(argv), {}};
    t.trace = Lines(ReadFile(file));
    // Either mode must run as asked: the SUD-only notice means the fast path was lost.
    EXPECT_EQ(t.run.err.find("SUD-only"), std::string::npos) << t.run.err;
    return t;
  }
  // The program's output and status must not change under tracing.
  Traced TraceTransparently(std::vector<std::string> command, std::vector<std::string> options = {}) {
    RunResult plain = RunProgram(command);
    Traced t = Trace(command, options);
    EXPECT_EQ(t.run.out, plain.out);
    EXPECT_EQ(t.run.status, plain.status);
    return t;
  }
  static int Count(const std::vector<std::string>& trace, const std::string& name) {
    return static_cast<int>(std::count_if(trace.begin(), trace.end(),
                                          [&](const std::string& l) { return SyscallNameOf(l) == name; }));
  }
};

TEST_P(Integration, TrueExitsZeroAndEndsWithExitGroup) {
  Traced t = TraceTransparently({"/bin/true"});
  ASSERT_GE(t.trace.size(), 2u);
  EXPECT_EQ(t.trace[t.trace.size() - 2], "exit_group(0)                           = ?");
  EXPECT_EQ(t.trace.back(), "+++ exited with 0 +++");
  EXPECT_EQ(t.run.status, 0);
}

TEST_P(Integration, LsIsUnchangedAndEveryLineIsStraceShaped) {
  // /proc's link count changes with the number of processes: list /usr instead of /.
  Traced t = TraceTransparently({"ls", "-l", "/usr"});
  std::regex syscall_line(R"(^[a-z_0-9]+\(.*\) += (-?[0-9]+|0x[0-9a-f]+|\?|-1 E[A-Z0-9]+ \(.*\))$)");
  for (size_t i = 0; i + 1 < t.trace.size(); ++i) EXPECT_TRUE(std::regex_match(t.trace[i], syscall_line)) << t.trace[i];
  EXPECT_GE(Count(t.trace, "openat"), 3);
  EXPECT_GE(Count(t.trace, "getdents64"), 2);
  EXPECT_GE(Count(t.trace, "write"), 1);
  EXPECT_EQ(t.trace.back(), "+++ exited with 0 +++");
}

TEST_P(Integration, CatCopiesItsInput) {
  Traced t = TraceTransparently({"cat", Program("getppid_1000.c")});
  EXPECT_NE(t.run.out.find("1000 getppid"), std::string::npos);
  bool read_then_write = false;
  for (size_t i = 1; i < t.trace.size(); ++i)
    if (t.trace[i].rfind("write(1, ", 0) == 0 && SyscallNameOf(t.trace[i - 1]) == "read") read_then_write = true;
  EXPECT_TRUE(read_then_write);
}

TEST_P(Integration, ShellEcho) {
  Traced t = TraceTransparently({"sh", "-c", "echo hi"});
  EXPECT_EQ(t.run.out, "hi\n");
  EXPECT_TRUE(std::any_of(t.trace.begin(), t.trace.end(),
                          [](const std::string& l) { return l.rfind("write(1, ", 0) == 0 && l.find("= 3") != std::string::npos; }));
}

TEST_P(Integration, ThousandGetppidCallsInOrder) {
  Traced t = TraceTransparently({Program("getppid_1000")});
  EXPECT_EQ(Count(t.trace, "getppid"), 1000);
  // They are consecutive: nothing lost, nothing reordered between them.
  auto first = std::find_if(t.trace.begin(), t.trace.end(), [](auto& l) { return SyscallNameOf(l) == "getppid"; });
  ASSERT_NE(first, t.trace.end());
  for (int i = 0; i < 1000; ++i) EXPECT_EQ(SyscallNameOf(*(first + i)), "getppid") << i;
}

TEST_P(Integration, SameSyscallsAsStraceAfterTheLoader) {
  // strace (the oracle) sees the loader too; ours starts when the interposer
  // is live. Our sequence of syscall names must be a suffix of strace's.
  std::string strace_file = TempPath("strace");
  RunResult s = RunProgram({"strace", "-o", strace_file, Program("getppid_1000")});
  ASSERT_EQ(s.status, 0) << s.err;
  std::vector<std::string> oracle;
  for (auto& l : Lines(ReadFile(strace_file))) oracle.push_back(SyscallNameOf(l));
  Traced t = Trace({Program("getppid_1000")});
  std::vector<std::string> ours;
  for (auto& l : t.trace) ours.push_back(SyscallNameOf(l));
  ASSERT_LE(ours.size(), oracle.size());
  ASSERT_GT(ours.size(), 1000u);
  EXPECT_TRUE(std::equal(ours.rbegin(), ours.rend(), oracle.rbegin()));
}

TEST_P(Integration, SigkillLosesNoCompletedSyscall) {
  constexpr int kCalls = 3000;
  Traced t = Trace({Program("sigkill_self"), std::to_string(kCalls)});
  ASSERT_TRUE(WIFSIGNALED(t.run.status));
  EXPECT_EQ(WTERMSIG(t.run.status), SIGKILL);  // lzptrace dies of the tracee's signal
  EXPECT_EQ(Count(t.trace, "getppid"), kCalls);
  EXPECT_EQ(t.trace.back(), "+++ killed by SIGKILL +++");
  // The kill never returned: it is shown cut short, as strace shows it.
  ASSERT_GE(t.trace.size(), 2u);
  EXPECT_TRUE(std::regex_match(t.trace[t.trace.size() - 2], std::regex(R"(kill\([0-9]+, SIGKILL\) += \?)")))
      << t.trace[t.trace.size() - 2];
}

TEST_P(Integration, SyscallInJitCodeIsTraced) {
  Traced t = TraceTransparently({Program("jit_syscall")});
  EXPECT_EQ(t.run.out, "jit getppid matches\n");
  EXPECT_EQ(Count(t.trace, "getppid"), 6);  // three from JIT code, three from getppid()
}

TEST_P(Integration, ExitStatusIsPassedThrough) {
  Traced t = TraceTransparently({Program("exit_code"), "7"});
  EXPECT_TRUE(WIFEXITED(t.run.status));
  EXPECT_EQ(WEXITSTATUS(t.run.status), 7);
  EXPECT_EQ(t.trace.back(), "+++ exited with 7 +++");
}

TEST_P(Integration, OurEnvironmentIsHidden) {
  Traced t = TraceTransparently({"env"});
  EXPECT_EQ(t.run.out.find("LZPTRACE"), std::string::npos);
  EXPECT_EQ(t.run.out.find("liblzptrace"), std::string::npos);
}

TEST_P(Integration, FollowsForksAndExecsWithF) {
  Traced t = TraceTransparently({"sh", "-c", "/bin/true; echo done"}, {"-f"});
  EXPECT_EQ(t.run.out, "done\n");
  EXPECT_GE(Count(t.trace, "execve"), 1);
  // The child's lines carry its pid; the exec of /bin/true is reported "= 0".
  bool exec_ok = std::any_of(t.trace.begin(), t.trace.end(), [](const std::string& l) {
    return l.find("execve(") != std::string::npos && l.size() > 3 && l.compare(l.size() - 3, 3, "= 0") == 0;
  });
  EXPECT_TRUE(exec_ok);
}

TEST_P(Integration, WithoutFChildrenAreNotTraced) {
  Traced t = TraceTransparently({"sh", "-c", "/bin/true; echo done"});
  EXPECT_EQ(Count(t.trace, "execve"), 0);  // the exec happens in the untraced child
  EXPECT_GE(Count(t.trace, "wait4"), 1);
}

INSTANTIATE_TEST_SUITE_P(Modes, Integration, ::testing::Values("hybrid", "sud"));

TEST(Cli, MissingProgramSaysSoLikeStrace) {
  RunResult r = RunProgram({Lzptrace(), "nosuchprog"});
  EXPECT_EQ(r.err, "lzptrace: Can't stat 'nosuchprog': No such file or directory\n");
  EXPECT_TRUE(WIFEXITED(r.status));
  EXPECT_EQ(WEXITSTATUS(r.status), 1);
}

TEST(Cli, BadOptionExitsOne) {
  RunResult r = RunProgram({Lzptrace(), "-Q", "true"});
  EXPECT_EQ(r.err, "lzptrace: invalid option -- 'Q'\nTry 'lzptrace -h' for more information.\n");
  EXPECT_EQ(WEXITSTATUS(r.status), 1);
}

TEST(Cli, SelfContainedWhenCopiedAlone) {
  std::string copy = TempPath("lzptrace-copy");
  ASSERT_EQ(RunProgram({"cp", Lzptrace(), copy}).status, 0);
  RunResult r = RunProgram({copy, "-o", "/dev/null", "/bin/true"});
  EXPECT_EQ(r.status, 0) << r.err;
}

}  // namespace
}  // namespace lzp::test
