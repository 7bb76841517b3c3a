// tests/real_programs_test.cc — everyday programs under lzptrace -f, in both
// modes: their output and exit status must be what they are untraced, and
// their trace must agree with strace -f (the oracle) on what was called:
// every syscall name we show, strace shows too, and both see the same
// number of write calls and of execve calls after the first (the loader's
// calls, and the launch itself, are strace's alone).
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace lzp::test {
namespace {

struct Program {
  const char* name;
  std::string script;  // run with sh -c, inside a fresh directory
};

void PrintTo(const Program& p, std::ostream* os) { *os << p.name; }

class RealPrograms : public ::testing::TestWithParam<std::tuple<Program, std::string>> {};

std::map<std::string, int> Names(const std::vector<std::string>& trace) {
  std::map<std::string, int> out;
  for (const std::string& line : trace)
    if (std::string name = SyscallNameOf(line); !name.empty()) out[name]++;
  return out;
}

TEST_P(RealPrograms, TransparentAndAgreesWithStrace) {
  const auto& [program, mode] = GetParam();
  std::string dir = TempPath(std::string(program.name) + "-" + mode);
  ASSERT_EQ(RunProgram({"mkdir", "-p", dir}).status, 0);
  std::string script = "cd " + dir + " && " + program.script;
  RunResult plain = RunProgram({"sh", "-c", script + " 2>&1"});
  ASSERT_EQ(RunProgram({"sh", "-c", "rm -rf " + dir + "/* " + dir + "/.git"}).status, 0);
  std::string ours_file = TempPath("trace");
  // strace cannot see vDSO calls: leave them out of the comparison.
  RunResult traced = RunProgram({Lzptrace(), "--mode=" + mode, "-f", "-q", "-e", "trace=!%vdso", "-o", ours_file, "sh", "-c",
                                 script + " 2>&1"});
  EXPECT_EQ(traced.out, plain.out);
  EXPECT_EQ(traced.status, plain.status);
  if (traced.status != plain.status) {  // show how a traced process died: the lines before its fatal signal
    std::vector<std::string> lines = Lines(ReadFile(ours_file));
    for (size_t i = 0; i < lines.size(); ++i)
      if (lines[i].find("--- SIGSEGV") != std::string::npos || lines[i].find("+++ killed by") != std::string::npos)
        for (size_t j = i >= 15 ? i - 15 : 0; j <= i && j < lines.size(); ++j) ADD_FAILURE() << "trace: " << lines[j];
  }
  EXPECT_EQ(traced.err, "");
  ASSERT_EQ(RunProgram({"sh", "-c", "rm -rf " + dir + "/* " + dir + "/.git"}).status, 0);
  std::string strace_file = TempPath("strace");
  RunResult oracle = RunProgram({"strace", "-f", "-qq", "-o", strace_file, "sh", "-c", script + " 2>&1"});
  ASSERT_EQ(oracle.status, plain.status);

  std::map<std::string, int> ours = Names(Lines(ReadFile(ours_file))), theirs = Names(Lines(ReadFile(strace_file)));
  ASSERT_GT(ours.size(), 5u);
  for (auto& [name, count] : ours) EXPECT_TRUE(theirs.count(name)) << name << " is in our trace only";
  EXPECT_EQ(ours["execve"], theirs["execve"]);  // the launch of sh itself too (the ptrace companion sees it)
  EXPECT_EQ(ours["write"], theirs["write"]);
}

const Program kPrograms[] = {
    {"sh_two_echos", "echo a; echo b"},
    {"pipeline", "cat /etc/passwd | sort | head -3 | wc -l"},
    {"tar", "mkdir -p tree/a/b && echo hello > tree/a/b/f && tar czf x.tgz tree && tar tzf x.tgz"},
    {"find", "find /usr/include/linux -name 'if_*.h' | sort | head -5"},
    {"python", "python3 -c 'import threading, subprocess\n"
               "def f(): subprocess.run([\"echo\", \"sub\"])\n"
               "ts = [threading.Thread(target=f) for _ in range(3)]\n"
               "[t.start() for t in ts]; [t.join() for t in ts]; print(\"ok\")'"},
    {"gcc", "printf 'int f(int x) { return x + 1; }\\n' > x.c && gcc -c x.c -o x.o && ls x.o"},
    {"git", "git init -q g && cd g && echo a > a && git add a && "
            "git -c user.email=a@b -c user.name=n commit -qm m && git log --oneline | wc -l"},
};

INSTANTIATE_TEST_SUITE_P(Everyday, RealPrograms,
                         ::testing::Combine(::testing::ValuesIn(kPrograms), ::testing::Values("hybrid", "sud")),
                         [](const auto& info) {
                           return std::string(std::get<0>(info.param).name) + "_" + std::get<1>(info.param);
                         });

}  // namespace
}  // namespace lzp::test
