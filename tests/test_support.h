// tests/test_support.h — running programs (under lzptrace or not) from tests.
#pragma once

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

}  // namespace lzp::test
