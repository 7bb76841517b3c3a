// tests/eager_rewrite_test.cc — eager rewriting (tracer/eager_rewrite.h):
// later processes of a file meet its syscall sites without a SIGSYS, and a
// 0f 05 pair inside an instruction is never rewritten. (That the trace is
// the same with and without it: golden_test.cc, EagerRewriteKeepsTheTrace.)
#include <regex>

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace lzp::test {
namespace {

// The "N calls through SIGSYS" of lzptrace --stats, or -1.
long CallsThroughSigsys(const std::string& err) {
  static const std::regex stats(R"(, ([0-9]+) calls through SIGSYS)");
  std::smatch m;
  return std::regex_search(err, m, stats) ? std::stol(m[1].str()) : -1;
}

class EagerRewrite : public ::testing::TestWithParam<std::string> {
 protected:
  RunResult Run(const std::vector<std::string>& command, bool eager) {
    std::vector<std::string> argv = {Lzptrace(), "--mode=" + GetParam(), "--stats", "-f", "-o", TempPath("trace")};
    if (!eager) argv.push_back("--no-eager-rewrite");
    argv.insert(argv.end(), command.begin(), command.end());
    return RunProgram(argv);
  }
  void ImmediatesStayIntact(const std::string& program);
};

// Six short processes of the same files: with eager rewriting, only the
// first meets ld.so's and libc's sites through SIGSYS (hybrid mode); in
// SUD-only mode every call is a SIGSYS either way.
TEST_P(EagerRewrite, LaterProcessesMeetFewerSigsys) {
  const std::vector<std::string> loop = {"sh", "-c", "for i in 1 2 3 4 5; do /bin/true; done"};
  RunResult on = Run(loop, true), off = Run(loop, false);
  ASSERT_EQ(on.status, 0) << on.err;
  ASSERT_EQ(off.status, 0) << off.err;
  long with = CallsThroughSigsys(on.err), without = CallsThroughSigsys(off.err);
  ASSERT_GT(with, 0) << on.err;
  ASSERT_GT(without, 0) << off.err;
  if (GetParam() == "hybrid") {
    EXPECT_LT(with * 2, without) << "with eager rewriting " << with << ", without " << without;
  } else {
    EXPECT_EQ(with, without);
  }
}

// The program's function holds 0f 05 in two immediates around a real
// syscall; it execs itself, so later processes rewrite what earlier ones met.
TEST_P(EagerRewrite, ImmediatesHoldingSyscallBytesStayIntact) {
  for (const char* program : {"immediate_0f05", "immediate_0f05_static"}) ImmediatesStayIntact(program);
}

// The static build execs itself too: no loader, so no la_objopen; the
// interposer notes the program itself (NoteProgramWithoutLoader), and the
// later images rewrite what the first met.
TEST_P(EagerRewrite, LaterImagesOfAStaticProgramMeetFewerSigsys) {
  RunResult on = Run({Program("immediate_0f05_static"), "4"}, true), off = Run({Program("immediate_0f05_static"), "4"}, false);
  ASSERT_EQ(on.status, 0) << on.err;
  ASSERT_EQ(off.status, 0) << off.err;
  long with = CallsThroughSigsys(on.err), without = CallsThroughSigsys(off.err);
  ASSERT_GT(with, 0) << on.err;
  if (GetParam() == "hybrid") {
    EXPECT_LT(with * 2, without) << "with eager rewriting " << with << ", without " << without;
  } else {
    EXPECT_EQ(with, without);
  }
}

void EagerRewrite::ImmediatesStayIntact(const std::string& program) {
  RunResult untraced = RunProgram({Program(program), "4"});
  ASSERT_EQ(untraced.status, 0);
  for (bool eager : {true, false}) {
    RunResult traced = Run({Program(program), "4"}, eager);
    EXPECT_EQ(traced.status, 0) << traced.err;
    EXPECT_EQ(traced.out, untraced.out) << program << (eager ? " eager" : " lazy");
    EXPECT_EQ(traced.out.find("CORRUPTED"), std::string::npos);
  }
  EXPECT_EQ(untraced.out,
            "depth 4: immediates intact, getppid agreed\ndepth 3: immediates intact, getppid agreed\n"
            "depth 2: immediates intact, getppid agreed\ndepth 1: immediates intact, getppid agreed\n");
}

INSTANTIATE_TEST_SUITE_P(Modes, EagerRewrite, ::testing::Values("hybrid", "sud"));

}  // namespace
}  // namespace lzp::test
