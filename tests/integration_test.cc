// tests/integration_test.cc — real programs under lzptrace, in both modes.
//
// Every test runs once with --mode=hybrid (zpoline fast path; needs page 0,
// which root can map outside user namespaces) and once with --mode=sud. Each
// checks the traced program's output and exit status against an untraced
// run, and checks the trace itself.
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <functional>
#include <map>
#include <iterator>
#include <regex>
#include <sstream>
#include <set>

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace lzp::test {
namespace {

class Integration : public ::testing::TestWithParam<std::string> {
 protected:
  Traced Trace(std::vector<std::string> command, std::vector<std::string> options = {}) {
    Traced t = TraceInMode(GetParam(), command, options);
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
  static int Count(const std::vector<std::string>& trace, const std::string& name) { return CountCalls(trace, name); }
  // -k: the stack frames (" > ..." lines) under the first line starting with
  // `line_start`, traced with `-k -e trace=SYSCALL` by strace and by us.
  struct StackFrames {
    std::vector<std::string> theirs, ours;
  };
  StackFrames FramesOfFirst(const std::vector<std::string>& command, const std::string& syscall,
                            const std::string& line_start) {
    std::string theirs_file = TempPath(syscall + "-k-strace");
    std::vector<std::string> strace = {"strace", "-k", "-e", "trace=" + syscall, "-o", theirs_file};
    strace.insert(strace.end(), command.begin(), command.end());
    EXPECT_EQ(RunProgram(strace).status, 0);
    Traced t = TraceTransparently(command, {"-k", "-e", "trace=" + syscall});
    auto frames = [&](const std::vector<std::string>& lines) {
      std::vector<std::string> out;
      auto it = std::find_if(lines.begin(), lines.end(), [&](const std::string& l) { return l.rfind(line_start, 0) == 0; });
      if (it != lines.end())
        for (++it; it != lines.end() && it->rfind(" > ", 0) == 0; ++it) out.push_back(*it);
      return out;
    };
    return {frames(Lines(ReadFile(theirs_file))), frames(t.trace)};
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
  // strace (the oracle) sees the loader from the execve on; ours starts when
  // the interposer is live, after the loader set up TLS. From the loader's
  // munmap of ld.so.cache on, the sequences of syscall names are the same.
  std::string strace_file = TempPath("strace");
  RunResult s = RunProgram({"strace", "-o", strace_file, Program("getppid_1000")});
  ASSERT_EQ(s.status, 0) << s.err;
  std::vector<std::string> oracle;
  for (auto& l : Lines(ReadFile(strace_file))) oracle.push_back(SyscallNameOf(l));
  Traced t = Trace({Program("getppid_1000")});
  std::vector<std::string> ours;
  for (auto& l : t.trace) ours.push_back(SyscallNameOf(l));
  auto after_loader = [](std::vector<std::string> names) {
    auto munmap = std::find(names.begin(), names.end(), "munmap");
    EXPECT_NE(munmap, names.end());
    return std::vector<std::string>(munmap, names.end());
  };
  EXPECT_EQ(after_loader(ours), after_loader(oracle));
  EXPECT_GT(ours.size(), 1000u);
  // Before that, the loader's calls from the execve on (seen by the ptrace
  // companion). With an audit module the loader sets up TLS before it maps
  // the libraries, so the order differs; the calls are the same (but for
  // its anonymous mmaps: tests/golden_test.cc FromTheExecve tells them apart).
  EXPECT_EQ(ours.front(), "execve");
  auto loader = [](std::vector<std::string> names) {
    names.erase(std::find(names.begin(), names.end(), "munmap"), names.end());
    names.erase(std::remove(names.begin(), names.end(), "mmap"), names.end());
    std::sort(names.begin(), names.end());
    return names;
  };
  EXPECT_EQ(loader(ours), loader(oracle));
}

TEST_P(Integration, NoPtraceStartsAtTheInterposer) {
  Traced t = Trace({Program("getppid_1000")}, {"--no-ptrace"});
  ASSERT_FALSE(t.trace.empty());
  EXPECT_EQ(SyscallNameOf(t.trace.front()), "access");  // access("/etc/ld.so.preload"): the interposer's first
  EXPECT_EQ(t.trace.back(), "+++ exited with 0 +++");
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

// A signal the process sends itself, at its default action: strace shows
// the kill returning, the signal, and the end, nothing "= ?". SIGSEGV and
// SIGBUS and SIGSYS reach the interposer's own handler first (it owns them), which
// records the kill and then does the default action; SIGTERM is the
// companion's to see.
TEST_P(Integration, SelfSentSignalEndsTheProcessAfterTheCallReturns) {
  const std::pair<int, std::string> kSignals[] = {{SIGSEGV, "SIGSEGV"}, {SIGBUS, "SIGBUS"}, {SIGSYS, "SIGSYS"}, {SIGTERM, "SIGTERM"}};
  for (const auto& [sig, name] : kSignals) {
    Traced t = Trace({Program("sigkill_self"), "3", std::to_string(sig)});
    ASSERT_TRUE(WIFSIGNALED(t.run.status)) << name;
    EXPECT_EQ(WTERMSIG(t.run.status), sig);
    ASSERT_GE(t.trace.size(), 3u);
    const std::string* tail = &t.trace[t.trace.size() - 3];
    EXPECT_TRUE(std::regex_match(tail[0], std::regex("kill\\([0-9]+, " + name + "\\) += 0"))) << tail[0];
    EXPECT_EQ(tail[1].rfind("--- " + name + " {si_signo=" + name + ", si_code=SI_USER, ", 0), 0u) << tail[1];
    EXPECT_TRUE(std::regex_match(tail[2], std::regex("\\+\\+\\+ killed by " + name + "( \\(core dumped\\))? \\+\\+\\+")))
        << tail[2];
    EXPECT_EQ(Count(t.trace, "kill"), 1) << "the kill is shown once";
  }
}

// A traced child killed by a signal: the call it died in and its end, when
// its parent reaps it, as strace shows them.
TEST_P(Integration, KilledChildIsReported) {
  // The shell waits (no timing) until its child sleeps (state S, not a
  // ptrace stop's t) in clock_nanosleep (230 in /proc/PID/syscall: also
  // shown at the SIGSYS stop before the call runs), then kills it there.
  Traced t = Trace({"sh", "-c",
                    "sleep 5 & p=$!; until read -r nr rest < /proc/$p/syscall && read -r pid comm state rest < /proc/$p/stat && "
                    "[ \"$nr\" = 230 ] && [ \"$state\" = S ]; do :; done; kill -9 $p; wait"},
                   {"-f"});
  // Announced while it slept (shown at its entry, as strace shows it, when
  // it slept longer than half the interleave window) its end resumes it
  // when other lines came between; else one line, with the arguments the
  // record-less end knows (the request's address).
  std::regex cut_short(
      R"(^[0-9]+ +(clock_nanosleep\(CLOCK_REALTIME, 0, (0x[0-9a-f]+|\{tv_sec=5, tv_nsec=0\}),  |<\.\.\. clock_nanosleep resumed> )<unfinished \.\.\.>\) += \?$)");
  auto at = std::find_if(t.trace.begin(), t.trace.end(), [&](auto& l) { return std::regex_match(l, cut_short); });
  ASSERT_NE(at, t.trace.end()) << ::testing::PrintToString(t.trace);
  ASSERT_NE(at + 1, t.trace.end());
  EXPECT_NE((at + 1)->find("+++ killed by SIGKILL +++"), std::string::npos) << *(at + 1);
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
  // /proc/PID/environ too (the kernel's view of the initial block), in the
  // launched program, a traced fork and a traced exec.
  for (const std::vector<std::string>& options : {std::vector<std::string>{}, std::vector<std::string>{"-f"}}) {
    Traced proc = TraceTransparently({"sh", "-c", "cat /proc/$$/environ; cat /proc/self/environ; exec cat /proc/self/environ"},
                                     options);
    EXPECT_EQ(proc.run.out.find("LZPTRACE"), std::string::npos);
    EXPECT_EQ(proc.run.out.find("liblzptrace"), std::string::npos);
  }
}

TEST_P(Integration, TracedDespiteTheUsersOwnLdAudit) {
  // The user's LD_AUDIT stays in the environment after ours is removed: the
  // interposer must still find the auxiliary vector behind the shorter envp.
  setenv("LD_AUDIT", "/nonexistent-audit.so", 1);
  Traced t = Trace({Program("getppid_1000")});
  unsetenv("LD_AUDIT");
  EXPECT_EQ(Count(t.trace, "getppid"), 1000);
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
  EXPECT_EQ(Count(t.trace, "execve"), 1);  // sh's own; the child's exec is untraced
  EXPECT_GE(Count(t.trace, "wait4"), 1);
}

TEST_P(Integration, ThreadsCreateAndExitWhileOthersRun) {
  Traced t = TraceTransparently({Program("threads")}, {"-f"});
  EXPECT_EQ(t.run.out, "threads done\n");
  EXPECT_EQ(Count(t.trace, "getppid"), 800);  // 4 workers x 200, none lost
  EXPECT_EQ(Count(t.trace, "clone3"), 6);
  EXPECT_EQ(Count(t.trace, "gettid"), 2);
}

TEST_P(Integration, ExecFromANonMainThread) {
  Traced t = TraceTransparently({Program("threads"), "exec"}, {"-f"});
  EXPECT_EQ(t.run.out, "threads done\nexec from thread\n");
  // Whole, or as strace splits it around the main thread's "superseded" line.
  auto ends_ok = [](const std::string& l) { return l.size() > 3 && l.compare(l.size() - 3, 3, "= 0") == 0; };
  bool head = false, whole = false, resumed = false;
  for (const std::string& l : t.trace) {
    bool is_exec = l.find("execve(\"/bin/echo\", [\"/bin/echo\", \"exec from thread\"]") != std::string::npos;
    whole |= is_exec && ends_ok(l);
    head |= is_exec && l.find("<unfinished ...>") != std::string::npos;
    resumed |= l.find("<... execve resumed>") != std::string::npos && ends_ok(l);
  }
  EXPECT_TRUE(whole || (head && resumed));
  EXPECT_TRUE(std::any_of(t.trace.begin(), t.trace.end(),
                          [](const std::string& l) { return l.find("write(1, \"exec from thread\\n\", 17)") != std::string::npos; }));
}

TEST_P(Integration, ForkVforkSpawnAndAnEmptyEnvironment) {
  Traced t = TraceTransparently({Program("processes")}, {"-f"});  // same output, in the same (buffered) order
  for (const char* line : {"fork child exited 5\n", "vfork child exited 6\n", "spawned\n", "spawned child exited 0\n",
                           "empty env: unset\n"})
    EXPECT_NE(t.run.out.find(line), std::string::npos) << line;
  EXPECT_GE(Count(t.trace, "vfork"), 1);
  // The shell exec'd with envp = {} is still traced: its echo is there.
  EXPECT_TRUE(std::any_of(t.trace.begin(), t.trace.end(), [](const std::string& l) {
    return l.find("write(1, \"empty env: unset\\n\"") != std::string::npos;
  }));
  EXPECT_TRUE(std::any_of(t.trace.begin(), t.trace.end(),
                          [](const std::string& l) { return l.find("+++ exited with 5 +++") != std::string::npos; }));
}

TEST_P(Integration, SignalsBehaveAsUntraced) {
  Traced t = TraceTransparently({Program("signals")});
  EXPECT_EQ(t.run.out,
            "handler ran 2 times\nsiginfo code SI_TKILL\nrestarted read got 1 'r'\nran on the alternate stack: yes\n"
            "after SA_RESETHAND: SIG_DFL\nSIGSYS blocked as asked: yes\nSIGSYS query returns ours: yes\n"
            "SIGSYS handler ran 1 time(s)\nsegfault recovered\n");
  auto has = [&](const std::string& text) {
    return std::any_of(t.trace.begin(), t.trace.end(), [&](const std::string& l) { return l.find(text) != std::string::npos; });
  };
  EXPECT_TRUE(has("--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_TKILL"));
  EXPECT_TRUE(has("--- SIGALRM {si_signo=SIGALRM, si_code=SI_KERNEL} ---"));
  EXPECT_TRUE(has("--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0x8} ---"));
  EXPECT_TRUE(has("--- SIGSYS {si_signo=SIGSYS, si_code=SI_TKILL"));
  EXPECT_TRUE(has("= ? ERESTARTSYS (To be restarted if SA_RESTART is set)"));
  EXPECT_TRUE(has("rt_sigreturn({mask=[]})"));
}

TEST_P(Integration, OurFdsSurviveAndStayInvisible) {
  Traced t = TraceTransparently({Program("fds")});
  EXPECT_EQ(t.run.out,
            "start: 3 fds open\nprobes of 1000..1023 answered: 0\nafter dup2 onto 1000..1023: 27 fds open\nclose_range: 0\n"
            "after closing everything: 3 fds open\nclose(1023) again: -1\n");
  EXPECT_EQ(Count(t.trace, "getppid"), 1);  // the trace went on after everything was closed
}

TEST_P(Integration, OurFdsAreHiddenUnderEveryProcPathThatNamesATracee) {
  // Listings of the shell's fd directories from traced children (-f), and
  // paths to the fds lzptrace holds (just under min(RLIMIT_NOFILE, 1024)):
  // absent as if closed.
  std::string script =
      "ulimit -n 1024; exec sh -c '"
      "for d in /proc/$$/fd /proc/$$/fdinfo /proc/$$/task/$$/fd /proc/$$/task/$$/fdinfo /proc/self/fd "
      "/proc/thread-self/fdinfo; do echo $d | sed s/[0-9][0-9]*/N/g; ls $d; done; "
      "for n in 1022 1023; do readlink /proc/$$/fd/$n; echo readlink $?; cat /proc/self/fdinfo/$n; echo cat $?; "
      "test -e /proc/thread-self/fd/$n; echo test $?; (cd /proc/$$/fd && stat -L $n); echo stat $?; done 2>/dev/null'";
  Traced t = TraceTransparently({"sh", "-c", script}, {"-f"});
  EXPECT_NE(t.run.out.find("readlink 1\ncat 1\ntest 1\nstat 1\nreadlink 1\ncat 1\ntest 1\nstat 1\n"), std::string::npos)
      << t.run.out;
  EXPECT_EQ(t.run.out.find("1022\n"), std::string::npos) << t.run.out;
  // The traced call answered ENOENT, as the kernel does for a closed fd (one
  // process, so that its line is not split by another's).
  Traced one = TraceTransparently({"sh", "-c", "ulimit -n 1024; exec readlink /proc/self/fd/1023"});
  EXPECT_TRUE(std::any_of(one.trace.begin(), one.trace.end(), [](const std::string& l) {
    return l.rfind("readlink(\"/proc/self/fd/1023\", ", 0) == 0 && l.find("= -1 ENOENT") != std::string::npos;
  }));
}

TEST_P(Integration, UntracedChildrenSeeNoFdsOfOursInTheirTracedParent) {
  // Without -f a child runs untraced, and no hook hides anything from it:
  // with the companion the tracees hold none of our fds at all (fd-less),
  // through an exec (the ring reopened for the new image, then closed) and
  // after an exec that failed. The listings equal the untraced ones.
  for (const std::vector<std::string>& command :
       std::vector<std::vector<std::string>>{{"sh", "-c", "ls /proc/$$/fd; ls /proc/$$/fdinfo"},
                                             {"sh", "-c", "exec sh -c 'ls /proc/$$/fd'"},
                                             {Program("exec_fails_then_lists")}}) {
    Traced t = TraceTransparently(command);
    EXPECT_NE(t.run.out, "") << command.back();
  }
}

TEST_P(Integration, ProgramsWeDoNotTraceGetNeitherOurVariablesNorOurFds) {
  // A copy of env, setuid to nobody: the loader would ignore LD_AUDIT, so it
  // must not see LZPTRACE_CONFIG, LD_AUDIT or our fds (started directly, or
  // exec'd by a traced shell); nor must a program run untraced by -b execve.
  std::string suenv = TempPath("suenv");
  ASSERT_EQ(RunProgram({"cp", "/usr/bin/env", suenv}).status, 0);
  ASSERT_EQ(RunProgram({"chown", "65534", suenv}).status, 0);
  ASSERT_EQ(RunProgram({"chmod", "4755", suenv}).status, 0);
  std::string listing = "; ls /proc/self/fd";
  for (auto& [command, options] : std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>>{
           {{suenv}, {}},
           {{"sh", "-c", suenv + "; " + suenv + " ls /proc/self/fd"}, {"-f"}},
           {{"sh", "-c", "env; exec ls /proc/self/fd"}, {"-b", "execve"}},
           {{"sh", "-c", "env; exec ls /proc/self/fd"}, {"-f", "-b", "execve"}}}) {
    Traced t = TraceTransparently(command, options);
    EXPECT_EQ(t.run.out.find("LZPTRACE"), std::string::npos) << command.back();
    EXPECT_EQ(t.run.out.find("liblzptrace"), std::string::npos) << command.back();
  }
}

TEST_P(Integration, ExecsAfterDroppingPrivilegesAreTracedAndSayNothing) {
  // man(1) and other programs change user, then exec (along PATH: failed
  // execs first). The new images cannot reopen the CLI's ring (its
  // /proc/PID/fd is not theirs) nor map page 0; the companion traces them
  // through syscall stops and nothing is lost, so lzptrace's stderr stays
  // empty with -o FILE, as strace's does (found by tests/realworld/compare.py).
  Traced t = TraceTransparently({"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "sh", "-c",
                                 "PATH=/nonexistent:/usr/bin; exec true"},
                                {"-f"});
  EXPECT_EQ(t.run.err, "");
  auto has = [&](const std::string& start, const std::string& end) {
    return std::any_of(t.trace.begin(), t.trace.end(), [&](const std::string& l) {
      size_t at = l.find(start);
      return at != std::string::npos && l.size() >= end.size() && l.compare(l.size() - end.size(), end.size(), end) == 0;
    });
  };
  EXPECT_TRUE(has("execve(\"/nonexistent/true\", [\"true\"]", "= -1 ENOENT (No such file or directory)"));
  EXPECT_TRUE(has("execve(\"/usr/bin/true\", [\"true\"]", "= 0"));
  EXPECT_TRUE(has("exit_group(0", "= ?"));
  EXPECT_TRUE(has("+++ exited with 0 +++", "+++"));
}

TEST_P(Integration, StackOfAnExecThatSucceededIsStraces) {
  // -k: an execve's stack points into the image the exec replaced. strace
  // unwinds it at the call's end, once that image is gone, and names a frame
  // with no symbol (dash is stripped) "file(+0x0)", as after exit_group
  // (found by tests/realworld/compare.py). The frames must be strace's.
  StackFrames f = FramesOfFirst({"sh", "-c", "exec /bin/true"}, "execve", "execve(\"/bin/true\"");
  ASSERT_GE(f.theirs.size(), 3u);
  EXPECT_EQ(f.ours, f.theirs);
}

TEST_P(Integration, StacksOfTheFirstExecveAndTheLoadersCallsAreStraces) {
  // -k: the program's execve and the loader's first calls are recorded by
  // the ptrace companion (the interposer is not up yet); their stacks are
  // read from the stopped task, against code maps read from /proc, so they
  // show as strace shows them: the execve one frame, the new image's entry
  // in the loader, and the loader's brk its own frames. (They had none.)
  StackFrames exec = FramesOfFirst({"/bin/true"}, "execve", "execve(\"/bin/true\"");
  ASSERT_EQ(exec.theirs.size(), 1u);
  EXPECT_EQ(exec.ours, exec.theirs);
  StackFrames brk = FramesOfFirst({"/bin/true"}, "brk", "brk(NULL)");
  ASSERT_GE(brk.theirs.size(), 2u);
  EXPECT_EQ(brk.ours, brk.theirs);
}

TEST_P(Integration, StackOfVforkIsStraces) {
  // -k: glibc's vfork pops its return address into rdi before the call (the
  // child may overwrite the stack), so unwinding past it needs rdi, which
  // the stack snapshot does not hold; the call's first argument register is
  // it. strace (ptrace's registers) showed dash's frames under the vfork,
  // lzptrace stopped at __vfork (found by tests/realworld/compare.py).
  StackFrames f = FramesOfFirst({"sh", "-c", "/bin/true; :"}, "vfork", "vfork()");
  ASSERT_GE(f.theirs.size(), 3u);
  EXPECT_EQ(f.ours, f.theirs);
}

TEST_P(Integration, DeepStackIsUnwoundToItsEnd) {
  // -k: a call 120 frames deep (~24 KiB of stack). The snapshot held 8 KiB,
  // so the stack ended after ~40 frames where strace shows every frame
  // (found by tests/realworld/compare.py: python's import machinery).
  StackFrames f = FramesOfFirst({Program("deep_stack")}, "getppid", "getppid()");
  ASSERT_GE(f.theirs.size(), 120u);
  EXPECT_EQ(f.ours, f.theirs);
}

TEST_P(Integration, SignalAsVforkReturnsComesAfterTheCall) {
  // The parent's handler runs just as vfork returns (the child signals it and
  // exits). strace shows the call done, then the signal and rt_sigreturn; the
  // clone family's syscall has a site of its own in asm/entry.S, which the
  // signal wrapper did not know, so the signal came first and the vfork
  // resumed after the handler (found by tests/realworld/compare.py: bc, dash
  // pipelines, gcc, whose SIGCHLD came as a clone returned).
  std::string theirs_file = TempPath("vfork-strace");
  ASSERT_EQ(RunProgram({"strace", "-f", "-o", theirs_file, Program("vfork_signalled")}).status, 0);
  Traced t = TraceTransparently({Program("vfork_signalled")}, {"-f"});
  EXPECT_EQ(t.run.out, "handler ran: 1, child status 0\n");
  auto parent_events = [](const std::vector<std::string>& lines) {
    std::vector<std::string> events;
    if (lines.empty()) return events;
    std::string parent = lines[0].substr(0, lines[0].find(' ') + 1);
    for (const std::string& l : lines) {
      if (l.rfind(parent, 0) != 0) continue;
      std::string body = l.substr(l.find_first_not_of(' ', parent.size()));
      if (body.rfind("vfork()", 0) == 0 || body.rfind("<... vfork resumed>", 0) == 0) events.push_back("vfork");
      else if (body.rfind("--- SIGUSR1 ", 0) == 0) events.push_back("SIGUSR1");
      else if (body.rfind("rt_sigreturn(", 0) == 0) events.push_back("rt_sigreturn");
      else if (body.rfind("wait4(", 0) == 0) events.push_back("wait4");
      else if (body.rfind("vfork(", 0) != 0) continue;  // (the unfinished head: not an event)
    }
    return events;
  };
  std::vector<std::string> theirs = parent_events(Lines(ReadFile(theirs_file)));
  ASSERT_EQ(theirs, (std::vector<std::string>{"vfork", "SIGUSR1", "rt_sigreturn", "wait4"}));
  EXPECT_EQ(parent_events(t.trace), theirs);
}

TEST_P(Integration, RestartedCallIsShownAsACallOfItsOwn) {
  // A read (or a poll) cut by a signal and restarted by the kernel, while the child's
  // lines interleave. strace shows the read cut short, the signal (and its
  // handler's calls), then the restarted read with a head of its own. The
  // interposer records the restarted call with its first entry time; the
  // printer showed that head next to the first one, so a "<... read resumed>"
  // followed no head of its own (found by tests/realworld/compare.py: python's
  // subprocess pipeline, perl's fork script).
  auto parent_events = [](const std::vector<std::string>& lines) {
    std::vector<std::string> events;
    if (lines.empty()) return events;
    std::string parent = lines[0].substr(0, lines[0].find(' ') + 1);
    bool reading = false;
    for (const std::string& l : lines) {
      if (l.rfind(parent, 0) != 0) continue;
      std::string body = l.substr(l.find_first_not_of(' ', parent.size()));
      auto result = [&body] {
        std::string r = body.substr(body.rfind(" = ") + 3);
        return r.substr(0, r.find(" ("));
      };
      if (!reading) {
        reading = body.rfind("clone(", 0) == 0 || body.rfind("<... clone resumed>", 0) == 0;  // (the fork)
        continue;
      }
      if (body.rfind("read(3, ", 0) == 0 || body.rfind("poll(", 0) == 0 || body.rfind("restart_syscall(", 0) == 0) {
        events.push_back(body.substr(0, body.find('(') + 1));
        if (body.find("<unfinished ...>") == std::string::npos) events.push_back(result());
      } else if (body.rfind("<... read resumed>", 0) == 0 || body.rfind("<... poll resumed>", 0) == 0 ||
                 body.rfind("<... restart_syscall resumed>", 0) == 0) {
        events.push_back(result());
      } else if (body.rfind("--- SIG", 0) == 0) {
        events.push_back(body.substr(4, body.find(' ', 4) - 4));
      } else if (body.rfind("<... ", 0) == 0) {
        continue;  // (the end of a handler's call split by the child's lines: its head counted)
      } else {
        events.push_back(body.substr(0, body.find_first_of("( ")));  // the handler's calls
      }
      if (events.back() == "1") break;  // (the call's end: the child's SIGCHLD may come before wait4)
    }
    return events;
  };
  for (const char* variant : {"ignored", "handler", "poll"}) {
    SCOPED_TRACE(variant);
    std::string theirs_file = TempPath(std::string("restart-strace-") + variant);
    ASSERT_EQ(RunProgram({"strace", "-f", "-o", theirs_file, Program("restarted_read"), variant}).status, 0);
    Traced t = TraceTransparently({Program("restarted_read"), variant}, {"-f"});
    EXPECT_EQ(t.run.out, "read 1 'x', child status 0\n");
    std::vector<std::string> theirs = parent_events(Lines(ReadFile(theirs_file)));
    std::vector<std::string> expected = {"read(", "? ERESTARTSYS"};
    if (std::string(variant) == "ignored") {
      expected.insert(expected.end(), {"SIGWINCH", "read(", "1"});
    } else if (std::string(variant) == "handler") {
      expected.insert(expected.end(), {"SIGUSR1", "getppid", "rt_sigreturn", "read(", "1"});
    } else {  // (resumed by the kernel as restart_syscall)
      expected = {"poll(", "? ERESTART_RESTARTBLOCK", "SIGWINCH", "restart_syscall(", "1"};
    }
    EXPECT_EQ(theirs, expected) << ReadFile(theirs_file);
    EXPECT_EQ(parent_events(t.trace), expected) << ::testing::PrintToString(t.trace);
  }
}

TEST_P(Integration, ProgramsThatFightTheInterposer) {
  // Transparent: clone(CLONE_VM) without CLONE_THREAD, vfork+exec while other
  // threads make syscalls, a seccomp filter that forbids mmap from now on, a
  // sweep making every writable mapping (ours too) read-only and back, a
  // sweep advising away and unmapping ours (found by name), syscall numbers
  // no kernel knows from a rewritten site (-1 and x32 numbers jump outside
  // page 0 and fault: page_zero.h).
  for (const char* fight :
       {"clone_vm", "vfork_threads", "seccomp_mmap", "mprotect_all", "unmap_named", "bad_numbers", "huge_ranges"}) {
    Traced t = TraceTransparently({Program("fights"), fight}, {"-f"});
    EXPECT_NE(t.run.out, "") << fight;
    if (std::string(fight) != "bad_numbers") continue;
    // Numbers past the syscall table are shown as strace shows them, raw.
    // 513-516 enter the trampoline's jump past its first byte (tracer/zpoline.cc).
    for (const char* call : {"syscall_0x200(0x200, ", "syscall_0x201(0x201, ", "syscall_0x202(0x202, ",
                             "syscall_0x203(0x203, ", "syscall_0x204(0x204, ", "syscall_0x20c(0x20c, ",
                             "syscall_0x223(0x223, ", "syscall_0x3e8(0x3e8, ", "syscall_0xa8e(0xa8e, ",
                             "syscall_0xfff(0xfff, ", "syscall_0xffffffffffffffff(0xffffffffffffffff, "})
      EXPECT_TRUE(std::any_of(t.trace.begin(), t.trace.end(), [&](const std::string& l) {
        return l.find(call) != std::string::npos && l.find(") = -1 ENOSYS (Function not implemented)") != std::string::npos;
      })) << call;
  }
  // A handler making syscalls on a sigaltstack 4 KiB above the kernel's
  // minimum runs as untraced; on the bare minimum, lzptrace warns first (the
  // interposer needs ~3 KiB of it: docs/reliability.md).
  Traced roomy = TraceTransparently({Program("fights"), "altstack", "4096"});
  EXPECT_EQ(roomy.run.out.substr(roomy.run.out.rfind("smallest")), "smallest stack: handled on it: yes\n");
  EXPECT_EQ(roomy.run.err.find("sigaltstack"), std::string::npos) << roomy.run.err;
  // The same with an inaccessible page below the stack (an overflow faults
  // instead of writing into the heap): the handler's first syscall at a new
  // site traps there, and the SIGSYS handler rewrites the site on a stack of
  // its own, leaving the program's the kernel's frame alone.
  Traced guarded = TraceTransparently({Program("fights"), "altstack", "4096", "g"});
  EXPECT_EQ(guarded.run.out.substr(guarded.run.out.rfind("smallest")), "smallest stack: handled on it: yes\n");
  Traced tight = Trace({Program("fights"), "altstack", "0"});
  EXPECT_NE(tight.run.err.find("the program's sigaltstack leaves less than 4 KiB above the kernel's minimum"),
            std::string::npos)
      << tight.run.err;
  // Not transparent, and said so: the program's own Syscall User Dispatch is
  // refused (tracing needs the thread's one configuration)...
  Traced sud = Trace({Program("fights"), "own_sud"});
  EXPECT_EQ(sud.run.out, "own dispatch: Invalid argument, traps 0\n");
  EXPECT_NE(sud.run.err.find("its own Syscall User Dispatch, which tracing uses: refused with EINVAL"), std::string::npos);
  // ... and with the trampoline on page 0, MAP_FIXED there is refused.
  Traced zero = Trace({Program("fights"), "map_fixed_zero"});
  if (GetParam() == "hybrid") {
    EXPECT_EQ(zero.run.out, "MAP_FIXED at 0: Operation not permitted\n");
    EXPECT_NE(zero.run.err.find("mapped address 0 (MAP_FIXED), where the zpoline trampoline lives"), std::string::npos);
  } else {
    EXPECT_EQ(zero.run.out, RunProgram({Program("fights"), "map_fixed_zero"}).out);
  }
}

TEST_P(Integration, CodeThatChanges) {
  Traced t = TraceTransparently({Program("remap")});
  EXPECT_EQ(t.run.out, "changing code: all results right\n");
  EXPECT_GE(Count(t.trace, "getppid"), 2);
  EXPECT_GE(Count(t.trace, "gettid"), 2);
}

TEST_P(Integration, PageZeroArgumentsGetTheUntracedKernelsAnswers) {
  Traced t = TraceTransparently({Program("page_zero_edges")});
  EXPECT_EQ(t.run.out,
            "epoll_ctl ADD NULL: -1 EFAULT\nepoll_ctl DEL NULL: -1 ENOENT\npoll NULL 1: -1 EFAULT\npoll NULL 0: 0 -\n"
            "nanosleep NULL: -1 EFAULT\nrt_sigsuspend NULL: -1 EFAULT\nwrite NULL: -1 EFAULT\n"
            "setsockopt NULL: -1 EFAULT\nsetgroups NULL: -1 EFAULT\n"
            "munmap 0 0: -1 EINVAL\nmprotect 0 0: 0 -\nmprotect 1 4096: -1 EINVAL\nmprotect 0 bad prot: -1 EINVAL\n"
            "mprotect 0 4096: -1 ENOMEM\nmremap 1: -1 EINVAL\nmremap 0 bad flags: -1 EINVAL\n"
            "mremap 0 new size 0: -1 EINVAL\nmremap 0 fixed to 1: -1 EINVAL\nmremap 0 grow: -1 EFAULT\n"
            "io_setup NULL: -1 EFAULT\nio_uring_setup NULL: -1 EFAULT\nmsgsnd NULL: -1 EFAULT\n"
            "open_by_handle_at NULL: -1 EFAULT\n");
}

// A static program cannot load the interposer through the loader: the
// companion starts it in the program (cli/injector/static_start.h), silently,
// so its calls go through the interposer (SIGSYS, then rewritten sites) like a
// dynamic program's — from a traced shell too, whose own calls stay whole.
TEST_P(Integration, StaticBinaryRunsTheInterposer) {
  Traced t = TraceTransparently({"sh", "-c", Program("static_hello") + "; echo $?"}, {"-f"});
  EXPECT_EQ(t.run.out, "static hello\n0\n");
  EXPECT_EQ(t.run.err, "");
  EXPECT_EQ(std::count_if(t.trace.begin(), t.trace.end(),
                          [](const std::string& l) {
                            return l.find("write(1, \"static hello\\n\", 13)") != std::string::npos &&
                                   l.compare(l.size() - 4, 4, "= 13") == 0;
                          }),
            1);
  size_t unfinished = 0, resumed = 0;
  for (const std::string& l : t.trace) {
    unfinished += l.find("<unfinished ...>") != std::string::npos;
    resumed += l.find(" resumed>") != std::string::npos;
  }
  EXPECT_EQ(unfinished, resumed);
  EXPECT_EQ(t.trace.back().substr(t.trace.back().find("+++")), "+++ exited with 0 +++");
  Traced alone = Trace({Program("static_hello")});
  ASSERT_FALSE(alone.trace.empty());
  EXPECT_EQ(alone.trace.front().rfind("execve(", 0), 0u);
  EXPECT_EQ(Count(alone.trace, "write"), 1);
  Traced untraced = Trace({Program("static_hello")}, {"--no-ptrace"});
  EXPECT_NE(untraced.run.err.find("statically linked: its syscalls are not traced"), std::string::npos) << untraced.run.err;
}

// The same with threads, a signal handler and a child: every call is there,
// and they went through the interposer (--stats counts the SIGSYS traps of
// Syscall User Dispatch; stepped through ptrace stops there would be none).
// The trace is strace's, call for call.
TEST_P(Integration, StaticProgramsThreadsSignalsAndChildrenAreTracedInProcess) {
  Traced t = TraceTransparently({Program("static_loop")}, {"-f"});
  EXPECT_EQ(t.run.out, "static loop: child exited 3\n");
  EXPECT_EQ(t.run.err, "");
  EXPECT_EQ(Count(t.trace, "getppid"), 1002);
  EXPECT_EQ(Count(t.trace, "gettid"), 101);  // the thread's 100, and raise()'s
  std::string strace_file = TempPath("strace");
  RunProgram({"strace", "-f", "-o", strace_file, Program("static_loop")});
  std::map<std::string, int> ours, theirs;
  for (const std::string& l : t.trace) ++ours[SyscallNameOf(l)];
  for (const std::string& l : Lines(ReadFile(strace_file))) ++theirs[SyscallNameOf(l)];
  ours.erase("");  // (signal, exit and resumed lines: their places differ with the run's timing)
  theirs.erase("");
  EXPECT_EQ(ours, theirs);
  RunResult stats = RunProgram({Lzptrace(), "--mode=" + GetParam(), "--stats", "-f", "-o", "/dev/null", Program("static_loop")});
  std::smatch m;
  ASSERT_TRUE(std::regex_search(stats.err, m, std::regex(R"(, (\d+) calls through SIGSYS)"))) << stats.err;
  EXPECT_GT(std::stol(m[1].str()), 0) << stats.err;
  // --step-static: strace's way, said so; the same calls, none through SIGSYS.
  RunResult stepped = RunProgram({Lzptrace(), "--mode=" + GetParam(), "--step-static", "--stats", "-f", "-o", strace_file,
                                  Program("static_loop")});
  EXPECT_NE(stepped.err.find("static_loop is statically linked: traced through ptrace syscall stops"), std::string::npos)
      << stepped.err;
  ASSERT_TRUE(std::regex_search(stepped.err, m, std::regex(R"(, (\d+) calls through SIGSYS)"))) << stepped.err;
  EXPECT_EQ(m[1].str(), "0") << stepped.err;
  std::map<std::string, int> stepped_calls;
  for (const std::string& l : Lines(ReadFile(strace_file))) ++stepped_calls[SyscallNameOf(l)];
  stepped_calls.erase("");
  EXPECT_EQ(stepped_calls, theirs);
}

// Where the interposer cannot be started in a static program (here a seccomp
// filter forbids the mapping the injector reserves), lzptrace says so once
// and traces it through ptrace syscall stops instead: nothing is lost.
TEST_P(Integration, StaticProgramFallsBackToSyscallStopsWhenTheInterposerCannotStart) {
  Traced t = TraceTransparently({Program("forbid_reserving_mmap"), Program("static_hello")}, {"-f"});
  EXPECT_EQ(t.run.out, "static hello\n");
  EXPECT_NE(t.run.err.find("static_hello is statically linked and lzptrace could not start its interposer in it "
                           "(mmap: Operation not permitted): traced through ptrace syscall stops"),
            std::string::npos)
      << t.run.err;
  EXPECT_EQ(std::count(t.run.err.begin(), t.run.err.end(), '\n'), 1) << t.run.err;
  EXPECT_EQ(Count(t.trace, "write"), 1);
  EXPECT_EQ(t.trace.back().substr(t.trace.back().find("+++")), "+++ exited with 0 +++");
}

TEST_P(Integration, OneFilePerThreadWithFF) {
  std::string base = TempPath("ff");
  RunResult r = RunProgram({Lzptrace(), "--mode=" + GetParam(), "-ff", "-q", "-o", base, "-e", "trace=getppid,gettid",
                            Program("threads")});
  ASSERT_EQ(r.status, 0) << r.err;
  RunResult listing = RunProgram({"sh", "-c", "ls " + base + ".* | wc -l; cat " + base + ".* | grep -c getppid"});
  EXPECT_EQ(listing.out, "7\n800\n");  // main + 6 threads; every worker call, no pid prefixes
  RunResult prefixed = RunProgram({"sh", "-c", "cat " + base + ".* | grep -c '^[0-9]'"});
  EXPECT_EQ(prefixed.out, "0\n");
}

TEST_P(Integration, EnvironmentAndUserOptions) {
  Traced t = Trace({"sh", "-c", "echo $LZP_TEST_VAR ${HOME:-nohome}; id -u"},
                   {"-E", "LZP_TEST_VAR=set", "-E", "HOME", "-e", "trace=none"});
  EXPECT_EQ(t.run.out, "set nohome\n0\n");
  RunResult as_nobody = RunProgram({Lzptrace(), "--mode=sud", "-u", "nobody", "-e", "trace=getuid", "-o", "/dev/null",
                                    "sh", "-c", "id -u"});
  EXPECT_EQ(as_nobody.out, "65534\n") << as_nobody.err;
}

TEST_P(Integration, AppendWithA) {
  std::string file = TempPath("append");
  for (int run = 0; run < 2; ++run) {
    std::vector<std::string> command = {Lzptrace(), "--mode=" + GetParam(), "-o", file, "-e", "trace=exit_group"};
    if (run == 1) command.push_back("-A");
    command.push_back("/bin/true");
    ASSERT_EQ(RunProgram(command).status, 0);
  }
  EXPECT_EQ(ReadFile(file), "exit_group(0)                           = ?\n+++ exited with 0 +++\n"
                            "exit_group(0)                           = ?\n+++ exited with 0 +++\n");
}

TEST_P(Integration, VdsoCallsAreRecordedAndStillRight) {
  Traced t = TraceTransparently({Program("vdso_calls")});
  EXPECT_EQ(t.run.out, "monotonic ordered: yes, time agrees with gettimeofday: yes, resolution 1 ns\n");
  std::regex monotonic(R"(^clock_gettime\(CLOCK_MONOTONIC, \{tv_sec=[0-9]+, tv_nsec=[0-9]+\}\) += 0$)");
  EXPECT_EQ(std::count_if(t.trace.begin(), t.trace.end(), [&](auto& l) { return std::regex_match(l, monotonic); }), 2);
  EXPECT_EQ(Count(t.trace, "gettimeofday"), 1);
  EXPECT_EQ(Count(t.trace, "time"), 1);
  EXPECT_TRUE(std::any_of(t.trace.begin(), t.trace.end(), [](const std::string& l) {
    return l.rfind("clock_getres(CLOCK_MONOTONIC, {tv_sec=0, tv_nsec=1})", 0) == 0;
  }));
  Traced hidden = TraceTransparently({Program("vdso_calls")}, {"-e", "trace=!%vdso"});
  EXPECT_EQ(Count(hidden.trace, "clock_gettime"), 0);
  EXPECT_EQ(Count(hidden.trace, "gettimeofday"), 0);
  EXPECT_GE(Count(hidden.trace, "write"), 1);
}

// Struct arguments at page edges (tests/programs/struct_edges.c): the
// unreadable ones print as addresses, the one ending at a page's end whole,
// and the program sees what it sees untraced.
TEST_P(Integration, StructsAtPageEdges) {
  Traced t = TraceTransparently({Program("struct_edges")}, {"-e", "trace=nanosleep"});
  EXPECT_EQ(t.run.out, "in a hole: EFAULT, straddling: EFAULT, at the edge: 0\n");
  std::regex unreadable(R"(^nanosleep\(0x[0-9a-f]+, NULL\) += -1 EFAULT \(Bad address\)$)");
  EXPECT_EQ(std::count_if(t.trace.begin(), t.trace.end(), [&](auto& l) { return std::regex_match(l, unreadable); }), 2)
      << ::testing::PrintToString(t.trace);
  EXPECT_TRUE(std::any_of(t.trace.begin(), t.trace.end(), [](const std::string& l) {
    return l.rfind("nanosleep({tv_sec=0, tv_nsec=1000}, NULL) = 0", 0) == 0;
  })) << ::testing::PrintToString(t.trace);
}

// A vDSO call is recorded on a lean path unless -i, -k or --filter needs the
// general one (tracer/vdso_record.h); both must print the same lines. -i
// takes the general path: its lines, less the [address] prefix, with the
// numbers (times, addresses) masked and the result column's padding (which
// the prefix shortens) collapsed, must be the default run's.
TEST_P(Integration, VdsoLeanAndGeneralPathsAgree) {
  std::regex ip_prefix(R"(^\[[0-9a-f]+\] )"), number("0x[0-9a-f]+|[0-9]+"), spaces(" +");
  auto vdso_lines = [&](const std::vector<std::string>& trace) {
    std::vector<std::string> lines;
    for (const std::string& l : trace) {
      std::string bare = std::regex_replace(l, ip_prefix, "");
      for (const char* name : {"clock_gettime(", "gettimeofday(", "time(", "clock_getres("})
        if (bare.rfind(name, 0) == 0) lines.push_back(std::regex_replace(std::regex_replace(bare, number, "N"), spaces, " "));
    }
    return lines;
  };
  Traced lean = TraceTransparently({Program("vdso_calls")});
  Traced general = TraceTransparently({Program("vdso_calls")}, {"-i"});
  std::vector<std::string> want = vdso_lines(lean.trace);
  EXPECT_EQ(want.size(), 5u) << ::testing::PrintToString(lean.trace);
  EXPECT_EQ(vdso_lines(general.trace), want);
}

// -k everywhere: fork, vfork and spawn children (whose first syscalls reach
// the CLI before their parent's clone), threads, and vDSO calls; every stack
// must unwind down to main or a thread's start, never to an error.
TEST_P(Integration, StackTracesInChildrenThreadsAndVdsoCalls) {
  for (const char* program : {"processes", "threads", "vdso_calls"}) {
    Traced t = TraceTransparently({Program(program)}, {"-f", "-k"});
    int frames = 0, mains = 0;
    for (const std::string& l : t.trace) {
      if (l.find(" > ") == std::string::npos) continue;
      ++frames;
      EXPECT_EQ(l.find("backtracing_error"), std::string::npos) << program << ": " << l;
      if (l.find("(main+0x") != std::string::npos || l.find("(clone3+0x") != std::string::npos) ++mains;
    }
    EXPECT_GT(frames, 20) << program;
    EXPECT_GT(mains, 5) << program;
  }
  Traced vdso = TraceTransparently({Program("vdso_calls")}, {"-k", "-e", "trace=clock_getres"});
  ASSERT_GE(vdso.trace.size(), 3u);
  EXPECT_EQ(vdso.trace[0].rfind("clock_getres(CLOCK_MONOTONIC", 0), 0u);
  EXPECT_NE(vdso.trace[1].find("libc.so.6(clock_getres+0x"), std::string::npos) << vdso.trace[1];
}

// -c: strace's table, row for row: the same header and rules, and for every
// syscall the loader does not make (strace also counts the loader's), the
// same calls and errors.
TEST_P(Integration, SummaryTableMatchesStrace) {
  std::string ours_file = TempPath("summary"), strace_file = TempPath("strace-summary");
  RunResult r = RunProgram({Lzptrace(), "--mode=" + GetParam(), "-c", "-o", ours_file, "ls", "-l", "/usr/bin"});
  ASSERT_EQ(r.status, 0) << r.err;
  ASSERT_EQ(RunProgram({"strace", "-c", "-o", strace_file, "ls", "-l", "/usr/bin"}).status, 0);
  std::vector<std::string> ours = Lines(ReadFile(ours_file)), theirs = Lines(ReadFile(strace_file));
  ASSERT_GE(ours.size(), 6u);
  ASSERT_GE(theirs.size(), 6u);
  for (size_t i : {size_t{0}, size_t{1}}) EXPECT_EQ(ours[i], theirs[i]);
  EXPECT_EQ(ours[ours.size() - 2], theirs[theirs.size() - 2]);
  std::regex row(R"(^ *([0-9.]+) +([0-9]+\.[0-9]{6}) +([0-9]+) +([0-9]+) +([0-9]*) ([a-z_0-9]+)$)");
  auto counts = [&](const std::vector<std::string>& table) {
    std::map<std::string, std::pair<std::string, std::string>> out;
    for (size_t i = 2; i + 2 < table.size(); ++i) {
      std::smatch m;
      EXPECT_TRUE(std::regex_match(table[i], m, row)) << table[i];
      if (m.size() == 7) out[m[6]] = {m[4], m[5]};
    }
    return out;
  };
  auto our_rows = counts(ours), their_rows = counts(theirs);
  // The loader's calls are counted too (the ptrace companion sees them); with
  // an audit module it makes one anonymous mmap differently.
  const std::set<std::string> loader = {"mmap"};
  for (const auto& [name, calls_errors] : our_rows) {
    ASSERT_TRUE(their_rows.count(name)) << name;
    if (!loader.count(name)) {
      EXPECT_EQ(calls_errors, their_rows[name]) << name;
    }
  }
  EXPECT_GE(our_rows.size(), 10u);
}

// -c counts system time (the CPU time of the call), -w wall time: a 200 ms
// sleep costs almost nothing of the first and all of the second.
TEST_P(Integration, SummarySystemTimeAndWallTime) {
  auto sleep_seconds = [&](std::vector<std::string> options) {
    std::string file = TempPath("sleep-summary");
    std::vector<std::string> argv = {Lzptrace(), "--mode=" + GetParam(), "-o", file};
    argv.insert(argv.end(), options.begin(), options.end());
    argv.insert(argv.end(), {"sleep", "0.2"});
    EXPECT_EQ(RunProgram(argv).status, 0);
    for (const std::string& l : Lines(ReadFile(file)))
      if (l.find(" clock_nanosleep") != std::string::npos) return std::stod(l.substr(7, 11));
    return -1.0;
  };
  double system = sleep_seconds({"-c"}), wall = sleep_seconds({"-c", "-w"});
  EXPECT_GE(system, 0.0);
  EXPECT_LT(system, 0.01);
  EXPECT_GE(wall, 0.19);
  EXPECT_LT(wall, 1.0);
}

// -b execve: a process that execs leaves the trace (and runs on untraced).
TEST_P(Integration, DetachOnExecve) {
  Traced t = TraceTransparently({"sh", "-c", "exec /bin/echo gone"}, {"-b", "execve"});
  EXPECT_EQ(t.run.out, "gone\n");
  ASSERT_FALSE(t.trace.empty());
  EXPECT_EQ(t.trace.back().rfind("execve(\"/bin/echo\", [\"/bin/echo\", \"gone\"], ", 0), 0u) << t.trace.back();
  EXPECT_NE(t.trace.back().find(" <detached ...>"), std::string::npos) << t.trace.back();
  EXPECT_EQ(t.run.err.find("lzptrace: Process "), std::string::npos);  // with -o, strace says nothing on stderr
  Traced children = TraceTransparently({"sh", "-c", "/bin/echo child; echo parent"}, {"-f", "-b", "execve"});
  EXPECT_EQ(Count(children.trace, "write"), 1);  // the parent's echo; the child's runs untraced
  EXPECT_EQ(std::count_if(children.trace.begin(), children.trace.end(),
                          [](const std::string& l) { return l.find("+++ exited") != std::string::npos; }), 1);
}

// -Y: pids with their command names, in results, arguments and prefixes.
TEST_P(Integration, PidsWithCommandNames) {
  Traced t = TraceTransparently({"sh", "-c", "kill -0 $$; /bin/true"}, {"-Y", "-f", "-e", "trace=kill,exit_group"});
  std::regex kill_line(R"(^[0-9]+<sh> kill\([0-9]+<sh>, 0\) += 0$)");
  EXPECT_TRUE(std::any_of(t.trace.begin(), t.trace.end(), [&](auto& l) { return std::regex_match(l, kill_line); }));
  std::regex true_exit(R"(^[0-9]+<true> exit_group\(0\) += \?$)");
  EXPECT_TRUE(std::any_of(t.trace.begin(), t.trace.end(), [&](auto& l) { return std::regex_match(l, true_exit); }))
      << ::testing::PrintToString(t.trace);
}

TEST_P(Integration, InjectionInTheTracee) {
  // The program sees the injected results: getppid() answers 42 from the 2nd call on.
  Traced t = Trace({Program("getppid_1000")}, {"-e", "inject=getppid:retval=42:when=2+", "-e", "trace=getppid"});
  EXPECT_EQ(t.run.out, "made 1000 getppid calls, they disagreed\n");
  EXPECT_EQ(std::count_if(t.trace.begin(), t.trace.end(),
                          [](const std::string& l) { return l.find("= 42 (INJECTED)") != std::string::npos; }), 999);
  // The loader's openat calls count too, as under strace: its 3rd on is /etc/hostname's or a locale file's.
  std::vector<std::string> options = {"-e", "fault=openat:error=EACCES:when=3+", "-e", "trace=openat"};
  Traced fault = Trace({"cat", "/etc/hostname"}, options);
  EXPECT_NE(fault.run.err.find("Permission denied"), std::string::npos) << fault.run.err;
  EXPECT_TRUE(std::any_of(fault.trace.begin(), fault.trace.end(), [](const std::string& l) {
    return l == "openat(AT_FDCWD, \"/etc/hostname\", O_RDONLY) = -1 EACCES (Permission denied) (INJECTED)";
  }));
  std::string strace_file = TempPath("strace-fault");
  std::vector<std::string> strace = {"strace", "-o", strace_file};
  strace.insert(strace.end(), options.begin(), options.end());
  strace.insert(strace.end(), {"cat", "/etc/hostname"});
  RunProgram(strace);
  EXPECT_EQ(fault.trace, Lines(ReadFile(strace_file)));
  RunResult bad = RunProgram({Lzptrace(), "-e", "inject=openat:error=EFOO", "true"});
  EXPECT_EQ(bad.err, "lzptrace: invalid inject argument 'openat:error=EFOO'\n");
  EXPECT_EQ(WEXITSTATUS(bad.status), 1);
}

// strace's rewriting injections change what the program does: sh's echo
// writes what poke_enter= put in its buffer; python3 receives what
// poke_exit= wrote over what the kernel gave it; syscall=getpid stands in
// for the call and the result is the injected one.
TEST_P(Integration, RewritingInjectionsInTheTracee) {
  auto has_line = [](const std::vector<std::string>& trace, const std::string& wanted) {  // result column unpadded
    static const std::regex column(R"(\) +=)");
    return std::any_of(trace.begin(), trace.end(),
                       [&](const std::string& l) { return std::regex_replace(l, column, ") =") == wanted; });
  };
  Traced echo = Trace({"sh", "-c", "echo hello"}, {"-e", "inject=write:poke_enter=@arg2=41424344", "-e", "trace=write"});
  EXPECT_EQ(echo.run.out, "ABCDo\n");
  EXPECT_TRUE(has_line(echo.trace, "write(1, \"ABCDo\\n\", 6) = 6 (INJECTED: args)")) << ::testing::PrintToString(echo.trace);
  Traced python = Trace({"python3", "-c", "import socket; a, b = socket.socketpair(); a.send(b'hello'); print(b.recv(5))"},
                        {"-e", "inject=recvfrom:poke_exit=@arg2=5a5a", "-e", "trace=recvfrom"});
  EXPECT_EQ(python.run.out, "b'ZZllo'\n");
  EXPECT_TRUE(has_line(python.trace, "recvfrom(4, \"ZZllo\", 5, 0, NULL, NULL) = 5 (INJECTED: args)"))
      << ::testing::PrintToString(python.trace);
  Traced replaced = Trace({"sh", "-c", "echo hello"}, {"-e", "inject=write:syscall=getpid:retval=6", "-e", "trace=write"});
  EXPECT_EQ(replaced.run.out, "");
  EXPECT_TRUE(has_line(replaced.trace, "write(1, \"hello\\n\", 6) = 6 (INJECTED)")) << ::testing::PrintToString(replaced.trace);
}

TEST_P(Integration, SignalsArrivingWhileTheInterposerRuns) {
  Traced t = Trace({Program("signal_storm")});
  EXPECT_EQ(t.run.out, "getppid calls: 20000, signals handled: many\n");
  ASSERT_TRUE(WIFEXITED(t.run.status) && WEXITSTATUS(t.run.status) == 0);
  long handled = std::atol(t.run.err.c_str() + t.run.err.rfind('\n', t.run.err.size() - 2) + 1);
  EXPECT_EQ(Count(t.trace, "getppid"), 20000);  // none lost, none doubled
  EXPECT_EQ(Count(t.trace, "gettid"), handled);  // one per handler run
  EXPECT_EQ(std::count_if(t.trace.begin(), t.trace.end(),
                          [](const std::string& l) { return l.rfind("--- SIGALRM", 0) == 0; }), handled);
}

// strace sees a call end before the signal that follows it is delivered, so
// its lines' times never go back: the call, the signal, the handler's calls.
// A signal that lands in the interposer after the call returned and before
// its record is written (most of a traced getppid's time is there) waits
// until the record is (tracer/signals.cc, HoldUntilRecorded); before, the
// handler's lines came first and the call's line, with its earlier entry
// time, after them: dozens of times in this storm.
TEST_P(Integration, SignalsFollowTheCallTheyInterruptedTheEndOf) {
  Traced t = Trace({Program("signal_storm")}, {"-ttt"});
  EXPECT_EQ(t.run.out, "getppid calls: 20000, signals handled: many\n");
  ASSERT_TRUE(WIFEXITED(t.run.status) && WEXITSTATUS(t.run.status) == 0);
  EXPECT_EQ(std::count_if(t.trace.begin(), t.trace.end(),
                          [](const std::string& l) { return l.find(" getppid() ") != std::string::npos; }),
            20000);
  int signals = 0, backwards = 0, sigreturns = 0;
  std::string before, first_backwards;
  for (const std::string& l : t.trace) {
    if (l.find(" --- SIGALRM ") != std::string::npos) ++signals;
    if (l.find(" rt_sigreturn(") != std::string::npos) ++sigreturns;
    std::string time = l.substr(0, l.find(' '));
    if (!before.empty() && time.size() == before.size() && time < before) {  // (same width: seconds.micros)
      if (backwards++ == 0) first_backwards = before + " then " + l;
    }
    before = time;
  }
  EXPECT_GT(signals, 0);
  EXPECT_EQ(backwards, 0) << first_backwards;
  // One rt_sigreturn per handler run: a held delivery's own return (through
  // the program's restorer) is not the program's call (signals.h, HideSigreturn).
  EXPECT_EQ(sigreturns, signals);
  // rt_sigreturn's result is the rax the program resumes with: a handler of
  // a signal that came inside the interposer returns there, where the
  // register held one of our values (an address, a code, 0); the program
  // gets the call's result or number back (signals.h, ApplicationRax). In
  // SUD-only mode, signals wait while the SIGSYS handler runs (sud.cc) and
  // come at the entry path with the program's number still in rax. Nearly
  // every signal comes around a getppid, so nearly every result is its
  // result or its number; the few that come in the loop's own code return
  // whatever the program held there.
  std::string ppid;
  for (const std::string& l : t.trace) {
    if (l.find(" getppid() ") != std::string::npos) ppid = l.substr(l.rfind("= ") + 2);
  }
  int around_getppid = 0;
  for (const std::string& l : t.trace) {
    if (l.find(" rt_sigreturn(") == std::string::npos) continue;
    std::string result = l.substr(l.rfind("= ") + 2);
    EXPECT_TRUE(result.find_first_not_of("0123456789") == std::string::npos && result.size() <= 10) << l;
    if (result == ppid || result == std::to_string(SYS_getppid)) ++around_getppid;
  }
  EXPECT_GE(around_getppid * 4, sigreturns * 3) << around_getppid << " of " << sigreturns << " rt_sigreturn results";
}

// A KVM guest under -e kvm=vcpu (-v too): strace's lines, each KVM_RUN with
// why it returned ("= 0 (KVM_EXIT_IO)", read in the tracee from the vcpu's
// struct kvm_run), the vcpu's special registers decoded. And the guest runs:
// in hybrid mode, closing page 0 around a call after KVM_CREATE_VM made the
// VM's KVM_SET_USER_MEMORY_REGION sleep for good (tracer/page_zero.cc; the
// timeout turns that into a failure). Skipped without /dev/kvm.
TEST_P(Integration, KvmGuestRunsAndEachKvmRunSaysWhyItReturned) {
  RunResult native = RunProgram({Program("kvm_guest")});
  if (WIFEXITED(native.status) && WEXITSTATUS(native.status) == 2) GTEST_SKIP() << "no usable /dev/kvm";
  ASSERT_EQ(native.out, "io A, hlt\n");
  auto normalised = [](const std::string& file) {
    return std::regex_replace(ReadFile(file), std::regex("0x7[0-9a-f]{10,11}"), "ADDR");
  };
  for (const std::vector<std::string>& verbose : {std::vector<std::string>{}, std::vector<std::string>{"-v"}}) {
    std::string ours = TempPath("kvm"), theirs = TempPath("kvm-strace");
    std::vector<std::string> options = {"-e", "kvm=vcpu", "-e", "trace=ioctl,write"};
    options.insert(options.end(), verbose.begin(), verbose.end());
    std::vector<std::string> argv = {"timeout", "-s", "KILL", "120", Lzptrace(), "--mode=" + GetParam(), "-o", ours};
    std::vector<std::string> strace_argv = {"strace", "-o", theirs};
    for (const std::string& o : options) {
      argv.push_back(o);
      strace_argv.push_back(o);
    }
    argv.push_back(Program("kvm_guest"));
    strace_argv.push_back(Program("kvm_guest"));
    RunResult r = RunProgram(argv);
    ASSERT_EQ(r.out, "io A, hlt\n") << r.err << ReadFile(ours);
    ASSERT_EQ(RunProgram(strace_argv).out, "io A, hlt\n");
    std::string expected = normalised(theirs);
    EXPECT_NE(expected.find(" = 0 (KVM_EXIT_IO)\n"), std::string::npos) << expected;
    EXPECT_EQ(normalised(ours), expected) << ::testing::PrintToString(verbose);
  }
}

// The same storm with the loop's getppid filtered out: those calls run
// bare (no exit hook; the entry path gives their nesting level back,
// tracer/syscall_hooks.cc RunsBare), and signals land before, in and after
// them. The handler's calls must still be shown, each once, with their
// signals, and the final write with its captured string.
// A --handler registration is answered by the interposer however it comes:
// made twice from one site, the second time through the rewritten site
// (hybrid mode), where calls nothing follows run directly
// (tracer/direct_calls.h). Filtered out, as -e trace=openat leaves it.
TEST_P(Integration, HandlerRegistrationIsOursFromARewrittenSiteToo) {
  Traced t = Trace({Program("register_twice")}, {"-e", "trace=openat"});
  EXPECT_EQ(t.run.out, "-14 -14\n");
}

TEST_P(Integration, SignalsAroundBareCalls) {
  Traced t = Trace({Program("signal_storm")}, {"-e", "trace=gettid,write"});
  EXPECT_EQ(t.run.out, "getppid calls: 20000, signals handled: many\n");
  ASSERT_TRUE(WIFEXITED(t.run.status) && WEXITSTATUS(t.run.status) == 0);
  long handled = std::atol(t.run.err.c_str() + t.run.err.rfind('\n', t.run.err.size() - 2) + 1);
  EXPECT_EQ(Count(t.trace, "getppid"), 0);
  EXPECT_EQ(Count(t.trace, "gettid"), handled);
  EXPECT_EQ(std::count_if(t.trace.begin(), t.trace.end(),
                          [](const std::string& l) { return l.rfind("--- SIGALRM", 0) == 0; }), handled);
  EXPECT_TRUE(std::any_of(t.trace.begin(), t.trace.end(), [](const std::string& l) {
    return l.rfind("write(1, \"getppid calls: 20000, signals ha\"...", 0) == 0;
  })) << ::testing::PrintToString(t.trace);
}

// Go (issue 10): a program with goroutines, timers, a TCP listener and a
// child process, and one that panics; built with cgo (the interposer loads)
// and static (stepped through ptrace stops). Behaviour as untraced; the
// trace as strace -f shows it, compared where the run is not timing: the
// syscalls made at all (less those the runtime's timing decides), and the
// calls that open the listener, connect, exec the child and write the
// program's lines (their arguments).
TEST_P(Integration, GoProgramsRunAsUntracedAndTraceAsStraceSeesThem) {
  static const std::set<std::string> kTiming = {
      "futex", "nanosleep", "sched_yield", "tgkill", "rt_sigreturn", "clock_gettime", "getpid", "epoll_pwait",
      "madvise", "mmap", "munmap", "sigaltstack", "rt_sigprocmask", "gettid", "exit_group", "restart_syscall",
      "wait4", "waitid", "clone", "read", "epoll_ctl", "getsockopt", "accept4", "close", "mincore", "pipe2",
      "???"};  // (strace's name for the call of a thread it saw only as the thread was exiting)
  auto names = [&](const std::vector<std::string>& trace) {
    std::set<std::string> out;
    for (const std::string& l : trace) {
      std::string n = SyscallNameOf(l);
      if (!n.empty() && !kTiming.count(n)) out.insert(n);
    }
    return out;
  };
  static const std::regex key(R"(^(?:\d+ +)?((?:socket|bind|listen|connect|execve)\(.*|write\(1, .*)$)");
  static const std::regex cut(R"(( <unfinished \.\.\.>|\) += .*)$)");
  static const std::regex port(R"(htons\(\d+\))"), address(R"(0x[0-9a-f]+)");
  static const std::regex socket_fd(R"(^(bind|listen|connect)\(\d+)");  // which fd: when Go's poller opened its own
  auto keys = [&](const std::vector<std::string>& trace) {
    std::multiset<std::string> out;
    std::smatch m;
    for (const std::string& l : trace)
      if (std::regex_match(l, m, key))
        out.insert(std::regex_replace(
            std::regex_replace(std::regex_replace(std::regex_replace(m[1].str(), cut, ""), port, "htons(PORT)"), address, "ADDR"),
            socket_fd, "$1(FD"));
    return out;
  };
  for (const char* binary : {"tests/go/goprog_cgo.bin", "tests/go/goprog_static.bin"}) {
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{{}, {"panic"}}) {
      std::vector<std::string> command = {binary};
      command.insert(command.end(), args.begin(), args.end());
      RunResult plain = RunProgram(command);
      Traced t = TraceInMode(GetParam(), command, {"-f"});
      EXPECT_EQ(t.run.out, plain.out) << binary;
      EXPECT_EQ(t.run.status, plain.status) << binary;
      std::string strace_file = TempPath("strace");
      std::vector<std::string> strace = {"strace", "-f", "-o", strace_file};
      strace.insert(strace.end(), command.begin(), command.end());
      RunProgram(strace);
      std::vector<std::string> theirs = Lines(ReadFile(strace_file));
      EXPECT_EQ(names(t.trace), names(theirs)) << binary;
      EXPECT_EQ(keys(t.trace), keys(theirs)) << binary;
      ASSERT_FALSE(t.trace.empty());
      EXPECT_NE(t.trace.back().find(args.empty() ? "+++ exited with 0 +++" : "+++ exited with 2 +++"), std::string::npos)
          << t.trace.back();
    }
  }
}

// A pending signal delivered as rt_sigprocmask unblocks it: the interposer
// records that call from its signal handler, before the call's exit hook;
// the old set it shows must still be the one the application sees (every
// signal blocked, the interposer's own SIGSEGV/SIGBUS/SIGSYS included).
TEST_P(Integration, OldMaskOfACallInterruptedAsItReturns) {
  Traced t = TraceTransparently({Program("unblock_pending")});
  EXPECT_EQ(t.run.out, "handled 1, SIGSEGV was blocked 1, SIGSYS was blocked 1\n");
  int found = 0;
  for (const std::string& line : t.trace)
    if (line.rfind("rt_sigprocmask(SIG_SETMASK, [], ", 0) == 0) {
      ++found;
      EXPECT_EQ(line, "rt_sigprocmask(SIG_SETMASK, [], ~[KILL STOP RTMIN RT_1], 8) = 0");  // as strace shows it
    }
  EXPECT_EQ(found, 1);
}

// The signals the interposer owns, met as a program meets them (see
// tests/programs/owned_signals.c): each mode prints and ends as untraced,
// and its lines are strace's.
TEST_P(Integration, OwnedSignalsBehaveAsUntraced) {
  auto has = [](const Traced& t, const std::string& prefix) {
    return std::any_of(t.trace.begin(), t.trace.end(), [&](const std::string& l) { return l.rfind(prefix, 0) == 0; });
  };
  // A SIGSEGV queued with a fault's code kills at the default action (it
  // was lost before, and our fault handler left uninstalled).
  Traced queued = TraceTransparently({Program("owned_signals"), "queued"});
  EXPECT_TRUE(WIFSIGNALED(queued.run.status) && WTERMSIG(queued.run.status) == SIGSEGV) << queued.run.status;
  EXPECT_TRUE(has(queued, "--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0xbadc0de} ---"));
  EXPECT_EQ(TraceTransparently({Program("owned_signals"), "ignored"}).run.out, "ignored\n");
  EXPECT_EQ(TraceTransparently({Program("owned_signals"), "held"}).run.out,
            "pending 1\ntook 11 code 1 addr 0xbadc0de\npending 0\n");
  EXPECT_EQ(TraceTransparently({Program("owned_signals"), "unblock"}).run.out,
            "queued\nhandler 11 code 1 addr 0xbadc0de\nunblocked\n");
  // The program's handler returns: the kernel's rt_sigreturn, as strace shows it.
  Traced fault = TraceTransparently({Program("owned_signals"), "fault"});
  EXPECT_EQ(fault.run.out, "wrote 1\n");
  EXPECT_TRUE(has(fault, "--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_ACCERR, si_addr=0x")) << ::testing::PrintToString(fault.trace);
  EXPECT_TRUE(has(fault, "rt_sigreturn({mask=[]})")) << ::testing::PrintToString(fault.trace);
  // A seccomp trap of a call our entry path made names the program's call.
  Traced trap = TraceTransparently({Program("owned_signals"), "seccomp"});
  EXPECT_EQ(trap.run.out, "getppid 42, trapped at the program's call\n");
  EXPECT_TRUE(std::any_of(trap.trace.begin(), trap.trace.end(), [](const std::string& l) {
    return std::regex_match(l, std::regex(R"(--- SIGSYS \{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x[0-9a-f]+, )"
                                          R"(si_syscall=__NR_getppid, si_arch=AUDIT_ARCH_X86_64\} ---)"));
  })) << ::testing::PrintToString(trap.trace);
}

// -c counts rt_sigreturn as strace does: once per handler that returns,
// whether the program's restorer made it (a signal with a handler of its
// own, unblock_pending) or the interposer's handler ran the program's for a
// signal it owns (owned_signals fault).
TEST_P(Integration, SummaryCountsEachHandlerReturn) {
  for (const std::string& program : {std::string("unblock_pending"), std::string("owned_signals")}) {
    std::vector<std::string> command = {Program(program)};
    if (program == "owned_signals") command.push_back("fault");
    Traced t = Trace(command, {"-c"});
    bool found = false;
    for (const std::string& line : t.trace) {
      std::istringstream fields(line);
      std::vector<std::string> f{std::istream_iterator<std::string>(fields), std::istream_iterator<std::string>()};
      if (!f.empty() && f.back() == "rt_sigreturn") {
        found = true;
        EXPECT_EQ(f[3], "1") << line;  // % time, seconds, usecs/call, calls
      }
    }
    EXPECT_TRUE(found) << program << "\n" << ::testing::PrintToString(t.trace);
  }
}

// -c counts a call a signal cut, as strace does, where the call's own exit
// never runs: a blocking read interrupted by a handled signal counts once
// with its restart code (an error) and once more when the kernel restarts
// it; a kill whose return delivers SIGSEGV to its own process (which dies
// of it) counts too. Calls and errors are strace's, row for row.
TEST_P(Integration, SummaryCountsCallsASignalCut) {
  auto rows = [](const std::string& file) {
    std::map<std::string, std::pair<std::string, std::string>> out;  // name: calls, errors
    std::regex row(R"(^ *[0-9.]+ +[0-9.]+ +[0-9]+ +([0-9]+) +([0-9]*) ([a-z_0-9]+)$)");
    for (const std::string& line : Lines(ReadFile(file))) {
      std::smatch m;
      if (std::regex_match(line, m, row)) out[m[3]] = {m[1], m[2]};
    }
    return out;
  };
  struct Case {
    std::vector<std::string> command;
    std::string name;
    bool calls_equal;  // (the restarted read's program polls /proc: its calls vary, its errors do not)
  };
  for (const Case& c : {Case{{Program("restarted_read"), "handler"}, "read", false},
                        Case{{"sh", "-c", "kill -SEGV $$"}, "kill", true}}) {
    std::string ours = TempPath("cut-summary"), theirs = TempPath("cut-strace-summary");
    std::vector<std::string> argv = {Lzptrace(), "--mode=" + GetParam(), "-f", "-c", "-o", ours};
    argv.insert(argv.end(), c.command.begin(), c.command.end());
    RunResult r = RunProgram(argv);
    std::vector<std::string> strace_argv = {"strace", "-f", "-c", "-o", theirs};
    strace_argv.insert(strace_argv.end(), c.command.begin(), c.command.end());
    RunResult s = RunProgram(strace_argv);
    EXPECT_EQ(r.status, s.status) << r.err;
    auto our_rows = rows(ours), their_rows = rows(theirs);
    ASSERT_TRUE(their_rows.count(c.name)) << ReadFile(theirs);
    ASSERT_TRUE(our_rows.count(c.name)) << ReadFile(ours);
    EXPECT_EQ(our_rows[c.name].second, their_rows[c.name].second) << c.name << " errors\n" << ReadFile(ours);
    if (c.calls_equal) {
      EXPECT_EQ(our_rows[c.name].first, their_rows[c.name].first) << c.name << " calls\n" << ReadFile(ours);
    }
  }
}

// -O takes the overhead off each call's time, leaving at least 0: with a
// second per call, every time column is zero (as strace prints it), with the
// same calls and errors as without -O; the loader's calls (the companion
// counts those) included. -C (trace and table) too.
TEST_P(Integration, SummaryOverheadTakesTimeOffEachCall) {
  auto rows = [](const std::vector<std::string>& trace) {
    std::vector<std::vector<std::string>> out;
    for (const std::string& line : trace) {
      std::istringstream fields(line);
      std::vector<std::string> f{std::istream_iterator<std::string>(fields), std::istream_iterator<std::string>()};
      if (f.size() >= 5 && f[0].find('.') != std::string::npos && f[1].find('.') != std::string::npos) out.push_back(f);
    }
    return out;
  };
  std::vector<std::string> counts_plain, counts_overhead;
  for (const char* summary : {"-c", "-C"}) {
    auto plain = rows(Trace({"ls", "/"}, {summary}).trace), cut = rows(Trace({"ls", "/"}, {summary, "-O", "1s"}).trace);
    ASSERT_GE(cut.size(), 10u) << summary;
    ASSERT_EQ(plain.size(), cut.size()) << summary;
    for (size_t i = 0; i < cut.size(); ++i) {
      EXPECT_EQ(cut[i][1], "0.000000") << summary << " " << cut[i].back();
      EXPECT_EQ(cut[i][2], "0") << summary << " " << cut[i].back();
    }
    // Same calls per syscall (the rows' order follows time, which -O changed).
    std::map<std::string, std::string> calls_plain, calls_cut;
    for (const auto& f : plain) calls_plain[f.back()] = f[3];
    for (const auto& f : cut) calls_cut[f.back()] = f[3];
    EXPECT_EQ(calls_plain, calls_cut) << summary;
  }
}

// -D: lzptrace is the program's grandchild, the program the caller's own
// child (its parent is this test, and the caller gets its exit status
// directly); the trace is whole, written by the grandchild, which may end
// after the program: the file is awaited. -DD and -DDD too.
TEST_P(Integration, DaemonizedTracerLeavesTheProgramTheCallersChild) {
  for (const char* daemonize : {"-D", "-DD", "-DDD"}) {
    std::string file = TempPath(std::string("daemonized") + daemonize);
    RunResult r = RunProgram({Lzptrace(), "--mode=" + GetParam(), daemonize, "-o", file, "sh", "-c", "echo $PPID; exit 3"});
    EXPECT_TRUE(WIFEXITED(r.status) && WEXITSTATUS(r.status) == 3) << daemonize << " " << r.status;
    EXPECT_EQ(r.out, std::to_string(getpid()) + "\n") << daemonize;
    EXPECT_EQ(r.err, "") << daemonize;
    std::string trace;
    for (int i = 0; i < 4000 && (trace = ReadFile(file)).find("+++ exited with 3 +++\n") == std::string::npos; ++i)
      usleep(5000);  // (waiting for the grandchild's last write, not for a time)
    std::vector<std::string> lines = Lines(trace);
    ASSERT_FALSE(lines.empty()) << daemonize;
    EXPECT_EQ(lines.front().rfind("execve(\"/usr/bin/sh\", [\"sh\", \"-c\", ", 0), 0u) << lines.front();
    EXPECT_EQ(lines.back(), "+++ exited with 3 +++") << daemonize;
    EXPECT_EQ(Count(lines, "getppid"), 1) << daemonize;
  }
}

INSTANTIATE_TEST_SUITE_P(Modes, Integration, ::testing::Values("hybrid", "sud"));

TEST(Cli, MissingProgramSaysSoLikeStrace) {
  RunResult r = RunProgram({Lzptrace(), "nosuchprog"});
  EXPECT_EQ(r.err, "lzptrace: Can't stat 'nosuchprog': No such file or directory\n");
  EXPECT_TRUE(WIFEXITED(r.status));
  EXPECT_EQ(WEXITSTATUS(r.status), 1);
}

// The manual (docs/lzptrace.1) and -h name the same options: every option
// -h lists has an entry (.B line) in the manual, and every entry is in -h.
TEST(Cli, ManualAndUsageNameTheSameOptions) {
  RunResult help = RunProgram({Lzptrace(), "-h"});
  ASSERT_EQ(WEXITSTATUS(help.status), 0);
  static const std::regex option(R"((?:^|, )(--?[A-Za-z][A-Za-z-]*))");
  auto options_in = [](const std::vector<std::string>& lines) {
    std::set<std::string> out;
    for (const std::string& l : lines)
      for (auto it = std::sregex_iterator(l.begin(), l.end(), option); it != std::sregex_iterator(); ++it)
        out.insert((*it)[1].str());
    return out;
  };
  std::vector<std::string> usage_entries;  // "  -a COLUMN   align ...": the option part
  for (const std::string& l : Lines(help.out))
    if (l.rfind("  -", 0) == 0) usage_entries.push_back(l.substr(2, l.find("  ", 2) - 2));
  std::vector<std::string> manual_entries;
  for (std::string l : Lines(ReadFile("docs/lzptrace.1"))) {
    if (l.rfind(".B ", 0) != 0 || l.find("\\-") == std::string::npos) continue;
    for (size_t at; (at = l.find("\\-")) != std::string::npos;) l.replace(at, 2, "-");
    manual_entries.push_back(l.substr(3));
  }
  std::set<std::string> usage = options_in(usage_entries), manual = options_in(manual_entries);
  EXPECT_GE(usage.size(), 40u);
  EXPECT_EQ(usage, manual);
}

TEST(Cli, BadOptionExitsOne) {
  RunResult r = RunProgram({Lzptrace(), "-Q", "true"});
  EXPECT_EQ(r.err, "lzptrace: invalid option -- 'Q'\nTry 'lzptrace -h' for more information.\n");
  EXPECT_EQ(WEXITSTATUS(r.status), 1);
}

// Options that do not go together: strace 6.1's errors (exit 1) and
// warnings (the option ignored), in its order, on stderr, word for word
// (strace is run for each: "strace" becomes "lzptrace").
TEST(Cli, OptionsThatDoNotGoTogetherAreStracesErrorsAndWarnings) {
  const std::vector<std::vector<std::string>> cases = {
      {"--seccomp-bpf"}, {"-S", "calls"}, {"-U", "name"}, {"-w"}, {"-z", "-Z"}, {"-c", "-ff"}, {"-C", "-ff"},
      {"-c", "-n", "-y", "-T", "-t", "-r", "-k", "-i", "-z", "-Z", "-S", "calls", "--seccomp-bpf"},
      {"-f", "--seccomp-bpf", "-S", "calls", "--successful-only", "--failed-only"},
      {"-f", "--seccomp-bpf", "-e", "trace=all", "-w"}, {"-f", "--seccomp-bpf", "-e", "trace=none"},
      {"-c", "--timestamps=unix", "--syscall-times"}, {"-C", "-i", "-k"}, {"-w", "-U", "name"}};
  auto with_our_name = [](const std::string& text) {
    return std::regex_replace(std::regex_replace(text, std::regex("(^|\n)strace: "), "$1lzptrace: "),
                              std::regex("'strace -h'"), "'lzptrace -h'");
  };
  for (const std::vector<std::string>& options : cases) {
    std::vector<std::string> ours = {Lzptrace(), "-o", "/dev/null"}, theirs = {"strace", "-o", "/dev/null"};
    ours.insert(ours.end(), options.begin(), options.end());
    theirs.insert(theirs.end(), options.begin(), options.end());
    ours.push_back("true");
    theirs.push_back("true");
    RunResult r = RunProgram(ours), s = RunProgram(theirs);
    std::string label = ::testing::PrintToString(options);
    EXPECT_EQ(r.err, with_our_name(s.err)) << label;
    EXPECT_EQ(r.status, s.status) << label;
  }
}

// Runs lzptrace with XDG_RUNTIME_DIR=runtime (where it extracts the interposer).
RunResult RunWithRuntimeDir(const std::string& runtime) {
  setenv("XDG_RUNTIME_DIR", runtime.c_str(), 1);
  RunResult r = RunProgram({Lzptrace(), "-o", "/dev/null", "sh", "-c", "echo traced"});
  unsetenv("XDG_RUNTIME_DIR");
  return r;
}

TEST(Cli, InterposerDirectoryRefusesLinksOtherOwnersAndTamperedFiles) {
  std::string runtime = TempPath("runtime"), elsewhere = TempPath("elsewhere");
  ASSERT_EQ(RunProgram({"mkdir", "-p", runtime, elsewhere}).status, 0);
  // Another user's symbolic link where our directory would be: not followed.
  ASSERT_EQ(RunProgram({"ln", "-s", elsewhere, runtime + "/lzptrace"}).status, 0);
  RunResult r = RunWithRuntimeDir(runtime);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "traced\n");
  EXPECT_NE(r.err.find("not using " + runtime + "/lzptrace for the interposer: not a directory"), std::string::npos) << r.err;
  EXPECT_EQ(RunProgram({"ls", "-A", elsewhere}).out, "");
  // A directory pre-created by another user: not used either.
  ASSERT_EQ(RunProgram({"rm", runtime + "/lzptrace"}).status, 0);
  ASSERT_EQ(RunProgram({"mkdir", "-m", "755", runtime + "/lzptrace"}).status, 0);
  ASSERT_EQ(RunProgram({"chown", "65534", runtime + "/lzptrace"}).status, 0);
  r = RunWithRuntimeDir(runtime);
  EXPECT_EQ(r.out, "traced\n");
  EXPECT_NE(r.err.find("owned by another user"), std::string::npos) << r.err;
  EXPECT_EQ(RunProgram({"ls", "-A", runtime + "/lzptrace"}).out, "");
  // Our own directory: the interposer is written there, then checked byte for
  // byte before each use; a changed copy (same size and mode) is replaced.
  ASSERT_EQ(RunProgram({"rm", "-r", runtime + "/lzptrace"}).status, 0);
  r = RunWithRuntimeDir(runtime);
  EXPECT_EQ(r.err, "");
  std::string library = RunProgram({"sh", "-c", "echo " + runtime + "/lzptrace/liblzptrace-*.so"}).out;
  library.pop_back();
  std::string pristine = ReadFile(library);
  ASSERT_GT(pristine.size(), 4096u);
  ASSERT_EQ(RunProgram({"sh", "-c", "chmod 755 " + library + " && printf X | dd of=" + library +
                                        " bs=1 seek=4000 conv=notrunc 2>/dev/null && chmod 555 " + library})
                .status,
            0);
  ASSERT_NE(ReadFile(library), pristine);
  r = RunWithRuntimeDir(runtime);
  EXPECT_EQ(r.out, "traced\n");
  EXPECT_NE(r.err.find("is not the interposer this lzptrace carries: replacing it"), std::string::npos) << r.err;
  EXPECT_EQ(ReadFile(library), pristine);
  // A parent directory others may write to (and not sticky): refused.
  ASSERT_EQ(RunProgram({"chmod", "777", runtime}).status, 0);
  r = RunWithRuntimeDir(runtime);
  EXPECT_EQ(r.out, "traced\n");
  EXPECT_NE(r.err.find("not using " + runtime + " for the interposer: others may rename entries in it"), std::string::npos)
      << r.err;
}

TEST(Cli, SelfContainedWhenCopiedAlone) {
  std::string copy = TempPath("lzptrace-copy");
  ASSERT_EQ(RunProgram({"cp", Lzptrace(), copy}).status, 0);
  RunResult r = RunProgram({copy, "-o", "/dev/null", "/bin/true"});
  EXPECT_EQ(r.status, 0) << r.err;
}

// Without -f the companion traces the leader alone: a thread's execve ends
// it (its end reads 0) while the new image runs on untraced. The process's
// end is the new image's status, as the parent's wait has it (strace: the
// leader's read cut short, then "+++ exited with 1 +++" for /bin/false).
TEST_P(Integration, ExecFromAThreadWithoutFEndsWithTheNewImagesStatus) {
  Traced t = TraceTransparently({Program("exec_from_thread"), "false"});
  EXPECT_TRUE(WIFEXITED(t.run.status));
  EXPECT_EQ(WEXITSTATUS(t.run.status), 1);
  ASSERT_FALSE(t.trace.empty());
  EXPECT_EQ(t.trace.back(), "+++ exited with 1 +++");
}

// A thread's execve ends the main thread: strace's "superseded" line for it
// (with the call it was in), then the exec under the process's id, and one
// end for the process, after the new program's calls.
TEST_P(Integration, ExecFromAThreadSupersedesTheLeader) {
  Traced t = TraceTransparently({Program("exec_from_thread")}, {"-f"});
  std::vector<std::string> ends;
  size_t superseded = 0, exec = 0;
  for (size_t i = 0; i < t.trace.size(); ++i) {
    const std::string& l = t.trace[i];
    if (l.find("+++ superseded by execve in pid ") != std::string::npos) superseded = i;
    // strace's shape: "execve(... <unfinished ...>", the superseded line, "<... execve resumed>) = 0".
    if (l.find("execve(\"/bin/true\"") != std::string::npos || l.find("<... execve resumed>") != std::string::npos) exec = i;
    if (l.find("+++ ") != std::string::npos && l.find("superseded") == std::string::npos) ends.push_back(l);
  }
  ASSERT_GT(superseded, 2u);
  std::string leader = t.trace[superseded].substr(0, t.trace[superseded].find(' '));
  // As strace shows it: the leader's pause starts, the thread's execve
  // starts under the thread's id, the pause ends with the leader, which is
  // superseded, and the execve ends under the process's id.
  auto starts = [](const std::string& l, const std::string& what) { return l.find(what) != std::string::npos; };
  EXPECT_TRUE(std::any_of(t.trace.begin(), t.trace.begin() + static_cast<long>(superseded), [&](const std::string& l) {
    return l.rfind(leader + " ", 0) == 0 && starts(l, "pause( <unfinished ...>");
  })) << "the leader's pause, started";
  const std::string& exec_start = t.trace[superseded - 2];
  EXPECT_TRUE(starts(exec_start, "execve(\"/bin/true\"") && starts(exec_start, "<unfinished ...>")) << exec_start;
  EXPECT_NE(exec_start.rfind(leader + " ", 0), 0u) << "the execve starts under the thread's id: " << exec_start;
  EXPECT_EQ(t.trace[superseded - 1].rfind(leader + " ", 0), 0u);
  EXPECT_TRUE(starts(t.trace[superseded - 1], "<... pause resumed>)") && starts(t.trace[superseded - 1], "= ?"))
      << t.trace[superseded - 1];
  EXPECT_EQ(exec, superseded + 1);
  EXPECT_EQ(t.trace[exec].rfind(leader + " ", 0), 0u) << t.trace[exec];
  EXPECT_TRUE(starts(t.trace[exec], "<... execve resumed>)") && starts(t.trace[exec], "= 0")) << t.trace[exec];
  ASSERT_EQ(ends.size(), 1u);
  EXPECT_NE(ends[0].find("+++ exited with 0 +++"), std::string::npos);
  EXPECT_EQ(ends[0], t.trace.back());
}

// -p: a running process with three threads is attached (the interposer
// injected into it: tests/attach_test.cc checks that in both modes), then let go on SIGINT; it runs on untraced, with
// the same behaviour and exit status. Every step waits for its effect.
TEST(Attach, TracesARunningProcessAndLetsItGo) {
  PipedProgram p = StartPiped({Program("attach_target")});
  ASSERT_GT(p.pid, 0);
  pid_t target = p.pid;
  int in[2] = {-1, p.in}, out[2] = {p.out, -1}, *err = p.err;
  auto ask = [&](int n) {
    EXPECT_EQ(write(in[1], "x", 1), 1);
    std::string want = "reply " + std::to_string(n) + "\n", got;
    char c;
    while (got.size() < want.size() && read(out[0], &c, 1) == 1) got += c;
    EXPECT_EQ(got, want);
  };
  ask(1);  // running, its threads started
  std::string trace = TempPath("attach"), lzptrace = Lzptrace(), pid = std::to_string(target);
  pid_t tracer = StartTracer({lzptrace, "-f", "-o", trace, "-p", pid}, err, {in[1], out[0]});
  auto read_line = [&] { return ReadLine(err[0]); };
  EXPECT_EQ(read_line(), "lzptrace: Process " + pid + " attached with 3 threads");
  ask(2);
  ask(3);
  // The trace reaches the file when lzptrace is idle: wait for the third reply in it.
  for (int i = 0; i < 1000 && ReadFile(trace).find("reply 3") == std::string::npos; ++i) usleep(10000);
  // Every thread asleep in its read: the main thread back in its read of
  // stdin, and the two idle ones in the reads the attach restarted through
  // the interposer (on a loaded machine one could still be on its way there,
  // in no call to be let go in, and print no line).
  WaitUntilAsleepInRead(pid);
  if (DIR* d = opendir(("/proc/" + pid + "/task").c_str())) {
    while (struct dirent* e = readdir(d))
      if (e->d_name[0] != '.') WaitUntilAsleepInRead(pid + "/task/" + e->d_name);
    closedir(d);
  }
  kill(tracer, SIGINT);
  std::vector<std::string> detached = {read_line(), read_line(), read_line()};  // one per thread, as strace says it
  EXPECT_NE(std::find(detached.begin(), detached.end(), "lzptrace: Process " + pid + " detached"), detached.end());
  for (const std::string& l : detached) EXPECT_EQ(l.rfind("lzptrace: Process ", 0), 0u) << l;
  int status = 0;
  ASSERT_EQ(waitpid(tracer, &status, 0), tracer);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGINT) << status;  // as strace: it dies of it
  ask(4);  // still running, untraced
  close(in[1]);
  ASSERT_EQ(waitpid(target, &status, 0), target);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 7) << status;
  close(out[0]);
  close(err[0]);
  std::vector<std::string> lines = Lines(ReadFile(trace));
  auto has = [&](const std::string& text, const std::string& result = "") {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) {
      return l.find(text) != std::string::npos && l.size() >= result.size() &&
             l.compare(l.size() - result.size(), result.size(), result) == 0;
    });
  };
  EXPECT_TRUE(has("write(1, \"reply 2\\n\", 8)", "= 8")) << ReadFile(trace);
  EXPECT_TRUE(has("write(1, \"reply 3\\n\", 8)", "= 8"));
  EXPECT_TRUE(has("getppid()"));
  EXPECT_FALSE(has("reply 4"));
  EXPECT_FALSE(has("+++ exited"));  // let go, not ended
  // The calls the three were let go in, as strace shows them: each thread's
  // last line is its read, left unfinished by a later line, the file's last
  // one "<detached ...>". (A thread still starting when lzptrace attached
  // shows its first calls after the main thread's read.)
  ASSERT_GE(lines.size(), 3u);
  EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [&](const std::string& l) {
    return l.rfind(pid + " ", 0) == 0 && l.find(" read(0,  <") != std::string::npos;
  }));
  std::map<std::string, size_t> last;  // each thread's last line
  for (size_t i = 0; i < lines.size(); ++i) last[lines[i].substr(0, lines[i].find(' '))] = i;
  EXPECT_EQ(last.size(), 3u) << ReadFile(trace);
  for (const auto& [tid, i] : last) {
    EXPECT_NE(lines[i].find(" read("), std::string::npos) << ReadFile(trace);
    EXPECT_NE(lines[i].find(i + 1 < lines.size() ? ",  <unfinished ...>" : ",  <detached ...>"), std::string::npos)
        << ReadFile(trace);
  }
  EXPECT_EQ(ReadFile(trace).back(), '\n');  // strace ends that line too (" <detached ...>\n")
}

// -p A,B: two processes share the output, so, as in strace, every line
// starts with its pid (-o FILE: "PID "), though -f was not given.
TEST(Attach, SeveralProcessesEachLineWithItsPid) {
  PipedProgram a = StartPiped({"/bin/sh", "-c", "while read l; do echo got-$l; done"});
  for (int fd : {a.in, a.out, a.err[0], a.err[1]}) fcntl(fd, F_SETFD, FD_CLOEXEC);  // not in b
  PipedProgram b = StartPiped({"/bin/sh", "-c", "while read l; do echo got-$l; done"});
  ASSERT_GT(a.pid, 0);
  ASSERT_GT(b.pid, 0);
  std::string pa = std::to_string(a.pid), pb = std::to_string(b.pid);
  WaitUntilAsleepInRead(pa);
  WaitUntilAsleepInRead(pb);
  std::string trace = TempPath("attach2"), recording = TempPath("attach2.rec");
  pid_t tracer = StartTracer({Lzptrace(), "-o", trace, "--record=" + recording, "-p", pa + "," + pb}, a.err,
                             {a.in, a.out, b.in, b.out, b.err[0], b.err[1]});
  close(b.err[1]);
  EXPECT_EQ(ReadLine(a.err[0]), "lzptrace: Process " + pa + " attached");
  EXPECT_EQ(ReadLine(a.err[0]), "lzptrace: Process " + pb + " attached");
  auto ask = [](const PipedProgram& p, const std::string& word) {
    EXPECT_EQ(write(p.in, (word + "\n").data(), word.size() + 1), static_cast<ssize_t>(word.size() + 1));
    std::string want = "got-" + word + "\n", got;
    char c;
    while (got.size() < want.size() && read(p.out, &c, 1) == 1) got += c;
    EXPECT_EQ(got, want);
  };
  ask(a, "a");
  ask(b, "b");
  for (int i = 0; i < 1000 && ReadFile(trace).find("got-b") == std::string::npos; ++i) usleep(10000);
  WaitUntilAsleepInRead(pa);
  WaitUntilAsleepInRead(pb);
  kill(tracer, SIGINT);
  int status = 0;
  ASSERT_EQ(waitpid(tracer, &status, 0), tracer);
  std::vector<std::string> lines = Lines(ReadFile(trace));
  ASSERT_FALSE(lines.empty());
  for (const std::string& l : lines)
    EXPECT_TRUE(l.rfind(pa + " ", 0) == 0 || l.rfind(pb + " ", 0) == 0) << l;
  // "PID " padded to five columns, as strace pads it.
  auto has = [&](const std::string& pid, const std::string& call) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) {
      return l.rfind(pid + " ", 0) == 0 && l.find_first_not_of(' ', pid.size()) == std::max<size_t>(6, pid.size() + 1) &&
             l.find(call, pid.size()) != std::string::npos && l.compare(l.size() - 4, 4, " = 6") == 0;
    });
  };
  // Each shell's write, whole or, when the other's lines came between its
  // return and its record (a loaded machine), split around them as strace
  // splits it.
  EXPECT_TRUE(has(pa, " write(1, \"got-a\\n\", 6)") || has(pa, " <... write resumed>)")) << ReadFile(trace);
  EXPECT_TRUE(has(pb, " write(1, \"got-b\\n\", 6)") || has(pb, " <... write resumed>)")) << ReadFile(trace);
  // The recording knows that several processes shared the output: replayed,
  // it prints the same lines, prefixes and all.
  std::string replayed = TempPath("attach2.replayed");
  RunResult replay = RunProgram({Lzptrace(), "--replay=" + recording, "-o", replayed});
  EXPECT_EQ(replay.status, 0) << replay.err;
  EXPECT_EQ(ReadFile(replayed), ReadFile(trace));
  for (PipedProgram* p : {&a, &b}) {
    close(p->in);  // EOF: the loop ends, the shell exits 0
    ASSERT_EQ(waitpid(p->pid, &status, 0), p->pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
    close(p->out);
  }
  close(a.err[0]);
  close(b.err[0]);
}

// Without -f, -p attaches the one task given, as strace does: the main
// thread, blocked in read, is shown let go in it. (The interposer is
// process-wide: with other threads left untraced, the task is stepped.)
TEST(Attach, WithoutFollowingOnlyTheTaskGiven) {
  int in[2], err[2];
  ASSERT_EQ(pipe(in), 0);
  ASSERT_EQ(pipe(err), 0);
  std::string target_path = Program("attach_target");
  pid_t target = fork();
  if (target == 0) {
    dup2(in[0], 0);
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    for (int fd : {in[0], in[1], err[0], err[1]}) close(fd);
    execl(target_path.c_str(), target_path.c_str(), nullptr);
    _exit(127);
  }
  close(in[0]);
  std::string trace = TempPath("attach1"), lzptrace = Lzptrace(), pid = std::to_string(target);
  WaitUntilAsleepInRead(pid);  // before lzptrace attaches
  pid_t tracer = StartTracer({lzptrace, "-o", trace, "-p", pid}, err, {in[1]});
  auto read_line = [&] { return ReadLine(err[0]); };
  EXPECT_EQ(read_line(), "lzptrace: Process " + pid + " attached");
  // One of its three threads alone cannot hold the interposer: stepped, said once.
  EXPECT_EQ(read_line(), "lzptrace: cannot start the interposer in process " + pid +
                             " (without -f only one of its threads is traced): traced through ptrace syscall stops "
                             "(at strace's speed)");
  // Attached and stepping: wait until its read was restarted under ptrace
  // (TracerPid set, asleep in read again), then let it go.
  for (int i = 0; i < 2000; ++i) {
    std::string status = ReadFile("/proc/" + pid + "/status"), call = ReadFile("/proc/" + pid + "/syscall");
    if (status.find("TracerPid:\t0\n") == std::string::npos && status.find("State:\tS") != std::string::npos &&
        call.rfind("0 ", 0) == 0)
      break;
    usleep(5000);
  }
  kill(tracer, SIGINT);
  EXPECT_EQ(read_line(), "lzptrace: Process " + pid + " detached");
  int status = 0;
  ASSERT_EQ(waitpid(tracer, &status, 0), tracer);
  EXPECT_EQ(ReadFile(trace), "read(0,  <detached ...>\n");
  close(in[1]);  // EOF: it exits 7
  ASSERT_EQ(waitpid(target, &status, 0), target);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 7) << status;
  close(err[0]);
}

TEST(Attach, RefusesWhatStraceRefuses) {
  RunResult bad = RunProgram({Lzptrace(), "-p", "abc"});
  EXPECT_EQ(bad.err, "lzptrace: Invalid process id: 'abc'\n");
  EXPECT_EQ(WEXITSTATUS(bad.status), 1);
  RunResult gone = RunProgram({Lzptrace(), "-p", "999999999"});
  EXPECT_EQ(WEXITSTATUS(gone.status), 1);
  EXPECT_NE(gone.err.find("attach: ptrace(PTRACE_SEIZE, 999999999)"), std::string::npos) << gone.err;
}

// A call that blocks is shown at its entry, as strace shows it, not only
// when it returns: a thread asleep in read(3) while the main thread makes
// three calls and then sleeps in read(4). The test lets each read go only
// once the trace (flushed to the -o file while the program waits) shows
// what must come first.
class BlockedCalls : public Integration {
 protected:
  // Waits (polling the trace file, up to 60 s) until `done` says yes.
  static bool WaitForTrace(const std::string& path, const std::function<bool(const std::string&)>& done) {
    for (int i = 0; i < 6000; ++i) {
      if (done(ReadFile(path))) return true;
      usleep(10000);
    }
    return false;
  }
  // Starts `argv` in a child that first runs `in_child` (its fds).
  static pid_t Spawn(std::vector<std::string> argv, const std::function<void()>& in_child) {
    pid_t pid = fork();
    if (pid != 0) return pid;
    in_child();
    std::vector<char*> args;
    for (std::string& a : argv) args.push_back(a.data());
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  // Collapses strace's alignment padding: "x()   = 1" -> "x() = 1".
  static std::string Unpadded(const std::string& line) { return std::regex_replace(line, std::regex(" {2,}="), " ="); }
};

TEST_P(BlockedCalls, AThreadsBlockedReadIsShownAtItsEntry) {
  signal(SIGPIPE, SIG_IGN);  // (a program that died early fails the test, not the test binary)
  int thread_pipe[2], main_pipe[2];
  ASSERT_EQ(pipe(thread_pipe), 0);
  ASSERT_EQ(pipe(main_pipe), 0);
  std::string out = TempPath("blocked_thread");
  std::vector<std::string> argv = {Lzptrace(), "--mode=" + GetParam(), "-f", "-e", "trace=read,getppid", "-o", out,
                                   Program("blocked_thread")};
  pid_t pid = Spawn(argv, [&] {
    int thread_end = fcntl(thread_pipe[0], F_DUPFD, 10), main_end = fcntl(main_pipe[0], F_DUPFD, 10);
    dup2(thread_end, 3);
    dup2(main_end, 4);
    for (int fd : {thread_pipe[0], thread_pipe[1], main_pipe[0], main_pipe[1], thread_end, main_end})
      if (fd > 4) close(fd);
  });
  ASSERT_GE(pid, 0);
  close(thread_pipe[0]);
  close(main_pipe[0]);
  // The main thread's three calls and its own read are written only once
  // the thread's read, which came before them, is.
  bool shown = WaitForTrace(out, [](const std::string& text) { return text.find("read(4, ") != std::string::npos; });
  EXPECT_TRUE(shown) << ReadFile(out);
  EXPECT_EQ(write(thread_pipe[1], "x", 1), 1);
  WaitForTrace(out, [](const std::string& text) {  // the thread's read returned, and the thread ended
    size_t resumed = text.find("read resumed>\"x\"");
    return resumed != std::string::npos && text.find("+++ exited with 0 +++", resumed) != std::string::npos;
  });
  EXPECT_EQ(write(main_pipe[1], "y", 1), 1);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  std::vector<std::string> lines;
  for (const std::string& l : Lines(ReadFile(out)))
    if (l.find("\"\\177ELF") == std::string::npos) lines.push_back(Unpadded(std::regex_replace(l, std::regex("^[0-9]+ +"), "")));
  // From the thread's read on, strace's lines (pids taken off; the loader's
  // reads of libraries left out; getppid's answer as a pattern).
  auto from = std::find(lines.begin(), lines.end(), "read(3,  <unfinished ...>");
  ASSERT_NE(from, lines.end()) << ::testing::PrintToString(lines);
  std::vector<std::string> expected = {"read(3,  <unfinished ...>", "getppid() = N", "getppid() = N", "getppid() = N",
                                       "read(4,  <unfinished ...>", "<... read resumed>\"x\", 1) = 1",
                                       "+++ exited with 0 +++", "<... read resumed>\"y\", 1) = 1", "+++ exited with 0 +++"};
  std::vector<std::string> got(from, std::min(from + static_cast<long>(expected.size()), lines.end()));
  for (std::string& l : got) l = std::regex_replace(l, std::regex("^getppid\\(\\) = [0-9]+$"), "getppid() = N");
  EXPECT_EQ(got, expected) << ::testing::PrintToString(lines);
}

// One task stuck in a call: the -o file shows the call it is in ("read(0, "),
// as strace's does, and the line is finished when the call returns.
TEST_P(BlockedCalls, AStuckProgramShowsTheCallItIsIn) {
  signal(SIGPIPE, SIG_IGN);
  int input[2];
  ASSERT_EQ(pipe(input), 0);
  std::string out = TempPath("stuck");
  std::vector<std::string> argv = {Lzptrace(), "--mode=" + GetParam(), "-e", "trace=read", "-o", out, "cat"};
  pid_t pid = Spawn(argv, [&] {
    dup2(input[0], 0);
    close(input[1]);
    dup2(open("/dev/null", O_WRONLY), 1);
  });
  ASSERT_GE(pid, 0);
  close(input[0]);
  auto ends_in_read = [](const std::string& text) { return text.size() >= 9 && text.compare(text.size() - 9, 9, "\nread(0, ") == 0; };
  EXPECT_TRUE(WaitForTrace(out, ends_in_read)) << ReadFile(out);
  close(input[1]);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  std::vector<std::string> lines = Lines(ReadFile(out));
  ASSERT_GE(lines.size(), 2u);
  EXPECT_TRUE(std::regex_match(Unpadded(lines[lines.size() - 2]), std::regex(R"(read\(0, "", [0-9]+\) = 0)"))) << ::testing::PrintToString(lines);
  EXPECT_EQ(lines.back(), "+++ exited with 0 +++");
}

INSTANTIATE_TEST_SUITE_P(Modes, BlockedCalls, ::testing::Values("hybrid", "sud"));

}  // namespace
}  // namespace lzp::test
