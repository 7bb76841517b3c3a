// tests/faults_test.cc — lzptrace when things go wrong around it: the tracee
// or lzptrace itself SIGKILLed, lzptrace's output blocked on a full pipe or
// failing with ENOSPC, Ctrl-C. Each test drives tests/programs/fault_victim
// (which says "ready PID", waits for a byte on stdin, makes N getppid calls,
// says "done" and blocks reading stdin again) through pipes, and waits for
// states it can observe (/proc/PID/syscall), never for a guessed time.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <regex>
#include <thread>

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace lzp::test {
namespace {

constexpr int kCalls = 20000;
constexpr auto kPatience = std::chrono::seconds(40);  // a hang fails the test instead of stalling the suite

// A process started with its stdin, stdout and stderr on pipes we hold.
struct Session {
  pid_t pid = -1;
  int in = -1, out = -1, err = -1;

  // own_group: in a process group of its own, as a shell starts a foreground job.
  void Start(const std::vector<std::string>& argv, bool own_group = false) {
    int i[2], o[2], e[2];
    ASSERT_EQ(pipe2(i, O_CLOEXEC), 0);
    ASSERT_EQ(pipe2(o, O_CLOEXEC), 0);
    ASSERT_EQ(pipe2(e, O_CLOEXEC), 0);
    pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      if (own_group) setpgid(0, 0);
      dup2(i[0], 0);
      dup2(o[1], 1);
      dup2(e[1], 2);
      std::vector<char*> args;
      for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
      args.push_back(nullptr);
      execvp(args[0], args.data());
      _exit(127);
    }
    if (own_group) setpgid(pid, pid);  // either of us may get there first
    close(i[0]);
    close(o[1]);
    close(e[1]);
    in = i[1], out = o[0], err = e[0];
  }
  ~Session() {
    for (int fd : {in, out, err})
      if (fd >= 0) close(fd);
  }
  void CloseInput() {
    close(in);
    in = -1;
  }
  // Reads stdout up to and including the next newline ("" at EOF or after kPatience).
  std::string ReadLine() {
    std::string line;
    auto deadline = std::chrono::steady_clock::now() + kPatience;
    char c;
    while (std::chrono::steady_clock::now() < deadline) {
      struct pollfd p = {out, POLLIN, 0};
      if (poll(&p, 1, 1000) <= 0) continue;
      if (read(out, &c, 1) != 1) break;
      line += c;
      if (c == '\n') break;
    }
    return line;
  }
  std::string ReadAllErr() {
    std::string text;
    char buf[65536];
    ssize_t n;
    while ((n = read(err, buf, sizeof buf)) > 0) text.append(buf, size_t(n));
    return text;
  }
};

// The victim's pid, from its "ready PID" line.
pid_t ReadyPid(Session& s) {
  std::string line = s.ReadLine();
  int pid = 0;
  EXPECT_EQ(std::sscanf(line.c_str(), "ready %d", &pid), 1) << line;
  return pid;
}

// First field of /proc/PID/syscall: the number of the syscall it is blocked
// in, or -1 while it runs ("running"), is gone, or is not asleep (state S):
// stopped for the ptrace companion at a SIGSYS, it shows the number of the
// call it has not entered yet.
long BlockedIn(pid_t pid) {
  std::string stat = ReadFile("/proc/" + std::to_string(pid) + "/stat");
  size_t paren = stat.rfind(')');
  if (paren == std::string::npos || stat.compare(paren, 4, ") S ") != 0) return -1;
  std::string s = ReadFile("/proc/" + std::to_string(pid) + "/syscall");
  if (s.empty() || !std::isdigit(static_cast<unsigned char>(s[0]))) return -1;
  return std::strtol(s.c_str(), nullptr, 10);
}

// Waits until `pid` is blocked in syscall `nr`; false after kPatience.
bool WaitBlockedIn(pid_t pid, long nr) {
  auto deadline = std::chrono::steady_clock::now() + kPatience;
  while (BlockedIn(pid) != nr) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));  // polling a state, not timing
  }
  return true;
}

// waitpid with kPatience: a child that never ends is killed and reported.
int WaitStatus(pid_t pid) {
  auto deadline = std::chrono::steady_clock::now() + kPatience;
  int status = 0;
  for (;;) {
    pid_t r = waitpid(pid, &status, WNOHANG);
    if (r == pid) return status;
    if (r < 0) return -1;
    if (std::chrono::steady_clock::now() > deadline) {
      ADD_FAILURE() << "pid " << pid << " did not end: killed";
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      return -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

int Count(const std::vector<std::string>& trace, const std::string& name) {
  return int(std::count_if(trace.begin(), trace.end(), [&](const std::string& l) { return SyscallNameOf(l) == name; }));
}

class Faults : public ::testing::TestWithParam<std::string> {
 protected:
  // A write to a dead program's stdin fails the test instead of killing it.
  void SetUp() override { signal(SIGPIPE, SIG_IGN); }
  std::vector<std::string> Lzptrace(std::vector<std::string> options, int calls = kCalls) {
    std::vector<std::string> argv = {test::Lzptrace(), "--mode=" + GetParam()};
    argv.insert(argv.end(), options.begin(), options.end());
    argv.push_back(Program("fault_victim"));
    argv.push_back(std::to_string(calls));
    return argv;
  }
};

// SIGKILL from outside while the tracee is blocked: every call it completed
// is in the trace, the read it was in is cut short, then its end.
TEST_P(Faults, TraceeKilledMidCallLosesNothing) {
  std::string file = TempPath("trace");
  Session s;
  s.Start(Lzptrace({"-o", file}));
  pid_t victim = ReadyPid(s);
  ASSERT_EQ(write(s.in, "g", 1), 1);
  ASSERT_EQ(s.ReadLine(), "done\n");
  ASSERT_TRUE(WaitBlockedIn(victim, SYS_read));
  ASSERT_EQ(kill(victim, SIGKILL), 0);
  int status = WaitStatus(s.pid);
  ASSERT_TRUE(WIFSIGNALED(status)) << status;
  EXPECT_EQ(WTERMSIG(status), SIGKILL);  // lzptrace dies of the tracee's signal
  std::vector<std::string> trace = Lines(ReadFile(file));
  EXPECT_EQ(Count(trace, "getppid"), kCalls);
  ASSERT_GE(trace.size(), 3u);
  EXPECT_TRUE(std::regex_match(trace[trace.size() - 3], std::regex(R"(write\(1, "done\\n", 5\) += 5)")))
      << trace[trace.size() - 3];
  EXPECT_TRUE(std::regex_match(trace[trace.size() - 2], std::regex(R"(read\(0, .*= \?)"))) << trace[trace.size() - 2];
  EXPECT_EQ(trace.back(), "+++ killed by SIGKILL +++");
}

// lzptrace SIGKILLed: the tracee, left with a small ring that fills, goes on
// untraced and ends as it would have (we are its subreaper, so we reap it).
// In-process tracing only: with the ptrace companion, a tracee caught in a
// signal-delivery stop when its tracer is SIGKILLed loses that signal (the
// kernel detaches it without it) — in SUD-only mode that is a syscall's
// SIGSYS. A known limit (README, docs/reliability.md).
TEST_P(Faults, LzptraceKilledLeavesTheTraceeRunning) {
  ASSERT_EQ(prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
  Session s;
  s.Start(Lzptrace({"-o", TempPath("trace"), "--ring-size=65536", "--no-ptrace"}));
  pid_t victim = ReadyPid(s);
  ASSERT_EQ(kill(s.pid, SIGKILL), 0);
  int status = WaitStatus(s.pid);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << status;
  ASSERT_EQ(write(s.in, "g", 1), 1);  // 20000 calls: the 64 KiB ring fills with nobody reading
  EXPECT_EQ(s.ReadLine(), "done\n");
  s.CloseInput();
  status = WaitStatus(victim);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 3) << status;
  EXPECT_EQ(prctl(PR_SET_CHILD_SUBREAPER, 0), 0);
}

// The trace goes to stderr, a pipe nobody reads for a while: lzptrace blocks
// in write, the ring fills, the tracee waits for room. Once we read, nothing
// was lost and everything ends normally.
TEST_P(Faults, OutputBlockedOnAFullPipeLosesNothing) {
  Session s;
  s.Start(Lzptrace({"--ring-size=65536"}));
  pid_t victim = ReadyPid(s);
  ASSERT_EQ(write(s.in, "g", 1), 1);
  // lzptrace blocked writing its output, the tracee waiting for room in the ring.
  ASSERT_TRUE(WaitBlockedIn(s.pid, SYS_write));
  ASSERT_TRUE(WaitBlockedIn(victim, SYS_futex));
  std::string err;
  std::thread drain([&] { err = s.ReadAllErr(); });
  EXPECT_EQ(s.ReadLine(), "done\n");
  s.CloseInput();
  int status = WaitStatus(s.pid);
  drain.join();
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 3) << status;
  std::vector<std::string> trace = Lines(err);
  EXPECT_EQ(Count(trace, "getppid"), kCalls);
  ASSERT_FALSE(trace.empty());
  EXPECT_EQ(trace.back(), "+++ exited with 3 +++");
}

// -o on a full device: one line saying so (strace says it at every flush),
// the program unaffected, lzptrace's exit status the program's.
TEST_P(Faults, FullDeviceIsOneLineAndTheProgramsStatus) {
  Session s;
  s.Start(Lzptrace({"-o", "/dev/full"}, 100));
  ReadyPid(s);
  ASSERT_EQ(write(s.in, "g", 1), 1);
  EXPECT_EQ(s.ReadLine(), "done\n");
  s.CloseInput();
  std::string err = s.ReadAllErr();
  int status = WaitStatus(s.pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 3) << status;
  EXPECT_EQ(err, "lzptrace: /dev/full: No space left on device\n");
}

// Ctrl-C: SIGINT to the foreground process group (lzptrace and the tracee).
// As under strace, the tracee dies of it, its trace ends with the read it
// was in and "+++ killed by SIGINT +++", and lzptrace dies of SIGINT too.
TEST_P(Faults, CtrlCEndsLikeStrace) {
  auto interrupt = [](std::vector<std::string> argv, std::vector<std::string>* trace) {
    Session s;
    s.Start(argv, /*own_group=*/true);
    pid_t victim = ReadyPid(s);
    EXPECT_EQ(write(s.in, "g", 1), 1);
    EXPECT_EQ(s.ReadLine(), "done\n");
    EXPECT_TRUE(WaitBlockedIn(victim, SYS_read));
    EXPECT_EQ(kill(-s.pid, SIGINT), 0);
    return WaitStatus(s.pid);
  };
  std::string ours_file = TempPath("ours"), strace_file = TempPath("strace");
  int ours = interrupt(Lzptrace({"-o", ours_file}, 10), nullptr);
  int oracle = interrupt({"strace", "-o", strace_file, Program("fault_victim"), "10"}, nullptr);
  EXPECT_EQ(ours, oracle);
  EXPECT_TRUE(WIFSIGNALED(oracle) && WTERMSIG(oracle) == SIGINT) << oracle;
  std::vector<std::string> trace = Lines(ReadFile(ours_file)), strace_trace = Lines(ReadFile(strace_file));
  ASSERT_GE(trace.size(), 2u);
  ASSERT_GE(strace_trace.size(), 1u);
  EXPECT_EQ(trace.back(), strace_trace.back());
  EXPECT_EQ(trace.back(), "+++ killed by SIGINT +++");
  EXPECT_EQ(Count(trace, "getppid"), 10);
}

// strace's -I: SIGTERM (a fatal signal) sent to lzptrace alone.
//   -I 2 (the default without -o): lzptrace lets the program go — the read it
//   is in ends " <detached ...>", it runs on untraced — and dies of the
//   signal; with -o FILE PROG it says nothing on stderr (strace is quiet
//   about detaching there). With the companion and without it.
//   `-o FILE PROG` alone (-I 3): the signal is blocked; the trace goes on to
//   the program's end, and lzptrace leaves with its status.
TEST_P(Faults, FatalSignalToLzptraceFollowsDashI) {
  for (bool companion : {true, false}) {
    SCOPED_TRACE(companion ? "with the companion" : "--no-ptrace");
    std::string file = TempPath(companion ? "let_go" : "let_go_no_ptrace");
    std::vector<std::string> options = {"-I", "2", "-o", file};
    if (!companion) options.push_back("--no-ptrace");
    Session s;
    s.Start(Lzptrace(options, 10));
    pid_t victim = ReadyPid(s);
    ASSERT_EQ(write(s.in, "g", 1), 1);
    ASSERT_EQ(s.ReadLine(), "done\n");
    ASSERT_TRUE(WaitBlockedIn(victim, SYS_read));
    // lzptrace has shown the read at its entry (a call blocked > 5 ms): it sees where the program stands.
    auto ends_in_read = [&] {
      std::string t = ReadFile(file), open = "\nread(0, ";
      return t.size() >= open.size() && t.compare(t.size() - open.size(), open.size(), open) == 0;
    };
    for (auto deadline = std::chrono::steady_clock::now() + kPatience; !ends_in_read();) {
      ASSERT_LT(std::chrono::steady_clock::now(), deadline) << ReadFile(file);
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ASSERT_EQ(kill(s.pid, SIGTERM), 0);
    int status = WaitStatus(s.pid);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM) << status;
    std::vector<std::string> trace = Lines(ReadFile(file));
    ASSERT_FALSE(trace.empty());
    EXPECT_EQ(trace.back(), "read(0,  <detached ...>");
    EXPECT_EQ(Count(trace, "getppid"), 10);
    // Untraced now: no tracer, and it still answers (EOF: it exits).
    EXPECT_NE(ReadFile("/proc/" + std::to_string(victim) + "/status").find("TracerPid:\t0\n"), std::string::npos);
    s.CloseInput();
    EXPECT_EQ(s.ReadLine(), "");  // its stdout closed: it ended
    EXPECT_EQ(s.ReadAllErr(), "");
    EXPECT_EQ(Lines(ReadFile(file)), trace);  // nothing recorded after the detach
  }
  std::string file = TempPath("never");
  Session s;
  s.Start(Lzptrace({"-o", file}, 10));
  pid_t victim = ReadyPid(s);
  ASSERT_EQ(write(s.in, "g", 1), 1);
  ASSERT_EQ(s.ReadLine(), "done\n");
  ASSERT_TRUE(WaitBlockedIn(victim, SYS_read));
  ASSERT_EQ(kill(s.pid, SIGTERM), 0);  // blocked: pending until lzptrace leaves
  s.CloseInput();
  int status = WaitStatus(s.pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 3) << status;
  std::vector<std::string> trace = Lines(ReadFile(file));
  ASSERT_FALSE(trace.empty());
  EXPECT_EQ(trace.back(), "+++ exited with 3 +++");
  EXPECT_EQ(s.ReadAllErr(), "");
}

INSTANTIATE_TEST_SUITE_P(Modes, Faults, ::testing::Values("hybrid", "sud"));

}  // namespace
}  // namespace lzp::test
