// tests/handlers_test.cc — --handler libraries (examples/) on real programs,
// in both interposer modes: what the program does, and what the trace says.
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <set>

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace lzp::test {
namespace {

std::string Handler(const std::string& name) { return "--handler=examples/lib" + name + ".so"; }

// A trace line equal to `wanted` once its result column's padding is taken out.
bool HasLine(const std::vector<std::string>& trace, const std::string& wanted) {
  static const std::regex column(R"(\) +=)");
  return std::any_of(trace.begin(), trace.end(),
                     [&](const std::string& l) { return std::regex_replace(l, column, ") =") == wanted; });
}

// A TCP port nothing listens on now (the kernel's pick for a socket bound to port 0).
int FreePort() {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t size = sizeof(a);
  bind(s, reinterpret_cast<sockaddr*>(&a), sizeof(a));
  getsockname(s, reinterpret_cast<sockaddr*>(&a), &size);
  close(s);
  return ntohs(a.sin_port);
}

class Handlers : public ::testing::TestWithParam<std::string> {
 protected:
  Traced Trace(const std::vector<std::string>& command, const std::vector<std::string>& options) {
    return TraceInMode(GetParam(), command, options);
  }
};

// Handlers are audit modules: a static program (no loader) runs without
// them, traced all the same, and lzptrace says so rather than keep quiet.
TEST_P(Handlers, AStaticProgramSaysItsCallsDoNotReachHandlers) {
  Traced t = Trace({Program("static_hello")}, {Handler("block_fd_writes"), "-E", "BLOCK_WRITES_FD=1", "-e", "trace=write"});
  EXPECT_EQ(t.run.out, "static hello\n");
  EXPECT_EQ(t.run.err, "lzptrace: " + std::string(realpath(Program("static_hello").c_str(), nullptr)) +
                           " is statically linked: its syscalls do not reach the --handler libraries\n");
  EXPECT_TRUE(HasLine(t.trace, "write(1, \"static hello\\n\", 13) = 13")) << ::testing::PrintToString(t.trace);
}

// Writes to the fd BLOCK_WRITES_FD names fail with EPERM, noted in the trace and in --json.
TEST_P(Handlers, BlockWritesToOneFd) {
  Traced t = Trace({"cat", "/etc/hostname"}, {Handler("block_fd_writes"), "-E", "BLOCK_WRITES_FD=1", "-e", "trace=write"});
  EXPECT_EQ(t.run.out, "");
  EXPECT_NE(t.run.err.find("Operation not permitted"), std::string::npos) << t.run.err;
  EXPECT_TRUE(WIFEXITED(t.run.status) && WEXITSTATUS(t.run.status) == 1);
  std::string hostname = ReadFile("/etc/hostname");
  std::string quoted = hostname.substr(0, hostname.size() - 1) + "\\n";
  EXPECT_TRUE(HasLine(t.trace, "write(1, \"" + quoted + "\", " + std::to_string(hostname.size()) +
                                   ") = -1 EPERM (Operation not permitted) (INJECTED) /* blocked by block_fd_writes */"))
      << ::testing::PrintToString(t.trace);
  // Another fd is left alone: with fd 7 blocked, cat writes as untraced.
  Traced other = Trace({"cat", "/etc/hostname"}, {Handler("block_fd_writes"), "-E", "BLOCK_WRITES_FD=7"});
  EXPECT_EQ(other.run.out, hostname);
  Traced json = Trace({"cat", "/etc/hostname"}, {Handler("block_fd_writes"), "-E", "BLOCK_WRITES_FD=1", "-e",
                                                 "trace=write", "--json"});
  ASSERT_FALSE(json.trace.empty());
  EXPECT_NE(json.trace[0].find("\"note\": \"blocked by block_fd_writes\""), std::string::npos) << json.trace[0];
}

// open/openat of REDIRECT_FROM open REDIRECT_TO; the trace shows what was opened.
TEST_P(Handlers, RedirectOpensOfOnePath) {
  std::string target = TempPath("redirected");
  std::ofstream(target) << "the redirected file\n";
  Traced t = Trace({"cat", "/etc/hostname"}, {Handler("redirect_open"), "-E", "REDIRECT_FROM=/etc/hostname", "-E",
                                              "REDIRECT_TO=" + target, "-e", "trace=openat"});
  EXPECT_EQ(t.run.out, "the redirected file\n");
  EXPECT_TRUE(HasLine(t.trace, "openat(AT_FDCWD, \"" + target + "\", O_RDONLY) = 3 /* redirected by redirect_open */"))
      << ::testing::PrintToString(t.trace);
  // A shell's redirection goes through the handler too; other paths do not.
  Traced sh = Trace({"sh", "-c", "cat < /etc/hostname; cat /etc/hostname"},
                    {"-f", Handler("redirect_open"), "-E", "REDIRECT_FROM=/etc/hostname", "-E", "REDIRECT_TO=" + target});
  EXPECT_EQ(sh.run.out, "the redirected file\nthe redirected file\n");
  Traced untouched = Trace({"cat", "/etc/os-release"}, {Handler("redirect_open"), "-E", "REDIRECT_FROM=/etc/hostname",
                                                        "-E", "REDIRECT_TO=" + target});
  EXPECT_EQ(untouched.run.out, ReadFile("/etc/os-release"));
}

// A table of calls per thread at exit, one line per thread the trace saw.
TEST_P(Handlers, CountCallsPerThread) {
  Traced t = Trace({"/usr/bin/python3", "-c",
                    "import threading\n"
                    "ts = [threading.Thread(target=sum, args=([1],)) for _ in range(3)]\n"
                    "[t.start() for t in ts]\n[t.join() for t in ts]\n"},
                   {"-f", Handler("count_calls")});
  ASSERT_TRUE(WIFEXITED(t.run.status) && WEXITSTATUS(t.run.status) == 0) << t.run.err;
  std::regex header(R"(count_calls: process ([0-9]+)\n)"), row(R"(  thread ([0-9]+): ([0-9]+) calls\n)");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(t.run.err, m, header)) << t.run.err;
  std::string rows = m.suffix().str();
  std::set<std::string> counted;
  for (std::sregex_iterator it(rows.begin(), rows.end(), row), end; it != end; ++it) {
    counted.insert((*it)[1].str());
    EXPECT_GT(std::stol((*it)[2].str()), 0);
  }
  EXPECT_EQ(counted.size(), 4u) << t.run.err;  // the main thread and its three
  std::set<std::string> traced;  // with -f and -o, each line starts with its task's id
  std::regex prefix(R"(^([0-9]+) +)");
  for (const std::string& l : t.trace)
    if (std::regex_search(l, m, prefix)) traced.insert(m[1].str());
  for (const std::string& tid : counted) EXPECT_TRUE(traced.count(tid)) << tid << " is not in the trace";
  // Exactly the calls made: 1000 getppid and the rest, in a single-threaded program.
  Traced one = Trace({Program("getppid_1000")}, {Handler("count_calls"), "-e", "trace=getppid"});
  ASSERT_TRUE(std::regex_search(one.run.err, m, row)) << one.run.err;
  EXPECT_GE(std::stol(m[2].str()), 1000);
  EXPECT_EQ(CountCalls(one.trace, "getppid"), 1000);
}

// connect to REFUSE_PORT fails with ECONNREFUSED although something listens there.
TEST_P(Handlers, RefuseConnectsToOnePort) {
  std::string port = std::to_string(FreePort());
  std::string script =
      "import os, socket\n"
      "p = int(os.environ['LISTEN_PORT'])\n"
      "l = socket.socket(); l.bind(('127.0.0.1', p)); l.listen()\n"
      "c = socket.socket()\n"
      "try:\n  c.connect(('127.0.0.1', p)); print('connected')\n"
      "except OSError as e: print(e.errno == 111 and 'refused' or e)\n";
  Traced t = Trace({"/usr/bin/python3", "-c", script}, {Handler("refuse_port"), "-E", "REFUSE_PORT=" + port, "-E",
                                                        "LISTEN_PORT=" + port, "-e", "trace=connect"});
  EXPECT_EQ(t.run.out, "refused\n") << t.run.err;
  EXPECT_TRUE(HasLine(t.trace, "connect(4, {sa_family=AF_INET, sin_port=htons(" + port +
                                   "), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = -1 ECONNREFUSED (Connection refused) "
                                   "(INJECTED) /* refused by refuse_port */"))
      << ::testing::PrintToString(t.trace);
  // Another port is left alone.
  Traced other = Trace({"/usr/bin/python3", "-c", script}, {Handler("refuse_port"), "-E", "REFUSE_PORT=1", "-E",
                                                            "LISTEN_PORT=" + port});
  EXPECT_EQ(other.run.out, "connected\n") << other.run.err;
}

// Several handlers run in order; the first to block ends the call. (cat
// closes stderr before it exits, so a shell shows count_calls's table.)
TEST_P(Handlers, SeveralInOrder) {
  Traced t = Trace({"sh", "-c", "echo hi"},
                   {Handler("count_calls"), Handler("block_fd_writes"), "-E", "BLOCK_WRITES_FD=1", "-e", "trace=write"});
  EXPECT_EQ(t.run.out, "");
  EXPECT_NE(t.run.err.find("count_calls: process"), std::string::npos) << t.run.err;
  EXPECT_TRUE(HasLine(t.trace, "write(1, \"hi\\n\", 3) = -1 EPERM (Operation not permitted) (INJECTED) /* blocked by "
                               "block_fd_writes */")) << ::testing::PrintToString(t.trace);
}

// The actions the examples do not take: another call made instead (the
// trace shows the call made), a result changed at exit, the program's
// memory written through svc->write, and a change of
// number the interposer refuses, said on stderr, the call failing ENOSYS.
TEST_P(Handlers, ReplaceTheCallAndTheResult) {
  Traced t = Trace({"/usr/bin/python3", "-c",
                    "import os\nprint(os.getppid() == os.getpid(), os.getuid())\n"
                    "print(os.getpgrp())\nprint(os.uname().nodename)\n"},
                   {"--handler=tests/handlers/librewrite_calls.so", "-e", "trace=getpid,getppid,getuid,getpgrp"});
  EXPECT_EQ(t.run.out, "True 4242\n-38\nhandled\n") << t.run.err;  // glibc's getpgrp, which cannot fail, passes -ENOSYS on
  EXPECT_TRUE(std::any_of(t.trace.begin(), t.trace.end(), [](const std::string& l) {
    return std::regex_match(l, std::regex(R"(getpid\(\) += [0-9]+ /\* getpid made for getppid \*/)"));
  })) << ::testing::PrintToString(t.trace);
  EXPECT_TRUE(HasLine(t.trace, "getuid() = 4242")) << ::testing::PrintToString(t.trace);
  EXPECT_TRUE(HasLine(t.trace, "getpgrp() = -1 ENOSYS (Function not implemented) (INJECTED)")) << ::testing::PrintToString(t.trace);
  EXPECT_NE(t.run.err.find("lzptrace: a handler asked to make close instead of getpgrp, which the interposer follows itself: "
                           "the call fails with ENOSYS"), std::string::npos) << t.run.err;
}

// A handler that crashes is named with the call it handled; the process dies of the fault.
TEST_P(Handlers, CrashIsReported) {
  Traced t = Trace({Program("getppid_1000")}, {Handler("crashes"), "-e", "trace=getppid"});
  EXPECT_TRUE(WIFSIGNALED(t.run.status) && WTERMSIG(t.run.status) == SIGSEGV) << t.run.err;
  EXPECT_NE(t.run.err.find("lzptrace: handler crashes crashed (SIGSEGV) handling getppid in process "),
            std::string::npos) << t.run.err;
}

// The ABI check: the CLI refuses a library built for another version, or no
// handler at all, before the program runs; the interposer refuses one that
// reaches it another way (the user's own LD_AUDIT).
TEST_P(Handlers, OtherAbiVersionsAreRefused) {
  RunResult r = RunProgram({Lzptrace(), "--mode=" + GetParam(), Handler("wrong_abi"), "true"});
  EXPECT_EQ(r.err, "lzptrace: handler 'examples/libwrong_abi.so' was built for handler ABI 2, this lzptrace speaks ABI "
                   "1: rebuild it with this lzptrace's lzptrace/handler.h\n");
  EXPECT_TRUE(WIFEXITED(r.status) && WEXITSTATUS(r.status) == 1);
  RunResult none = RunProgram({Lzptrace(), "--handler=/nonexistent.so", "true"});
  EXPECT_EQ(none.err, "lzptrace: Can't stat handler '/nonexistent.so': No such file or directory\n");
  EXPECT_TRUE(WIFEXITED(none.status) && WEXITSTATUS(none.status) == 1);
  char cwd[4096];
  ASSERT_NE(getcwd(cwd, sizeof cwd), nullptr);
  std::string library = std::string(cwd) + "/examples/libwrong_abi.so";
  RunResult sneaked = RunProgram({"env", "LD_AUDIT=" + library, Lzptrace(), "--mode=" + GetParam(), "-e", "trace=none", "true"});
  EXPECT_NE(sneaked.err.find("lzptrace: handler wrong_abi was built for handler ABI 2, this lzptrace speaks ABI 1: not loaded"),
            std::string::npos) << sneaked.err;
  EXPECT_TRUE(WIFEXITED(sneaked.status) && WEXITSTATUS(sneaked.status) == 0);
}

INSTANTIATE_TEST_SUITE_P(Modes, Handlers, ::testing::Values("hybrid", "sud"));

}  // namespace
}  // namespace lzp::test
