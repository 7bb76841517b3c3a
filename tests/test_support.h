// tests/test_support.h — running programs (under lzptrace or not) from tests.
#pragma once

#include <sys/types.h>

#include <initializer_list>
#include <string>
#include <vector>

namespace lzp::test {

struct RunResult {
  std::string out;  // stdout
  std::string err;  // stderr
  int status = 0;   // wait status
};

// Runs argv to completion, capturing stdout and stderr.
RunResult RunProgram(const std::vector<std::string>& argv);

// A program run under lzptrace, and its trace's lines.
struct Traced {
  RunResult run;
  std::vector<std::string> trace;
};

// Runs `lzptrace --mode=mode -o FILE options... command...`.
Traced TraceInMode(const std::string& mode, const std::vector<std::string>& command,
                   const std::vector<std::string>& options = {});

// How many lines of trace are calls of syscall `name`.
int CountCalls(const std::vector<std::string>& trace, const std::string& name);

// The lzptrace binary and test programs, relative to the runfiles root.
std::string Lzptrace();
std::string Program(const std::string& name);

// A fresh file path in the test's temporary directory.
std::string TempPath(const std::string& name);
std::string ReadFile(const std::string& path);
std::vector<std::string> Lines(const std::string& text);

// The syscall name of a trace line, after any pid prefix ("" for +++/--- lines
// and for "<... name resumed>" lines, whose call was counted at its start).
std::string SyscallNameOf(const std::string& line);

// -p tests: `argv` running with its stdin and stdout on pipes (write to
// `in`, read from `out`), and a pipe `err` for the tracer's stderr
// (StartTracer); none of them open in the program.
struct PipedProgram {
  pid_t pid = -1;
  int in = -1, out = -1;
  int err[2] = {-1, -1};
};
PipedProgram StartPiped(const std::vector<std::string>& argv);

// -p tests: runs `argv` with its stderr on the pipe `err` (whose write end
// it then closes here), the other fds given closed in the child.
pid_t StartTracer(const std::vector<std::string>& argv, const int err[2], std::initializer_list<int> close_in_child);
// Until task `pid` is asleep (state S) in read (/proc/PID/syscall: 0).
void WaitUntilAsleepInRead(const std::string& pid);
// One line from `fd`, without its newline ("" at EOF).
std::string ReadLine(int fd);

}  // namespace lzp::test
