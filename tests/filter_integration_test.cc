// tests/filter_integration_test.cc — --filter on real programs, in both modes.
//
// A filtered run must print exactly the lines of an unfiltered run that the
// predicate accepts, which this test decides again on its own from each
// printed line (its name, its arguments as text, its result), plus every
// line that is not a syscall (process ends, signals). Addresses differ from
// run to run (ASLR) and are blanked before comparing.
#include <fnmatch.h>

#include <functional>
#include <regex>

#include <gtest/gtest.h>

#include "syscalltable/tables.h"
#include "tests/test_support.h"

namespace lzp::test {
namespace {

// A printed syscall line, cut up: "name(arg, arg) = result".
struct PrintedCall {
  std::string name;
  std::vector<std::string> args;
  std::string result;  // after "= "
  double seconds = -1;  // -T's <...>, if any
};

// Splits a line at its top-level commas (not inside "...", [...], {...}).
bool ParseLine(const std::string& line, PrintedCall* call) {
  call->name = SyscallNameOf(line);
  if (call->name.empty()) return false;
  size_t i = line.find('(') + 1;
  int nesting = 0;
  bool quoted = false;
  std::string arg;
  for (; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '\\' && i + 1 < line.size()) arg += line[i++];
      else if (c == '"') quoted = false;
    } else if (c == '"') {
      quoted = true;
    } else if (c == '[' || c == '{' || c == '(') {
      ++nesting;
    } else if (c == ']' || c == '}' || (c == ')' && nesting > 0)) {
      --nesting;
    } else if (c == ')' && nesting == 0) {
      if (!arg.empty()) call->args.push_back(arg);
      break;
    } else if (c == ',' && nesting == 0) {
      call->args.push_back(arg);
      arg.clear();
      if (i + 1 < line.size() && line[i + 1] == ' ') ++i;
      continue;
    }
    arg += c;
  }
  size_t eq = line.find("= ", i);
  if (eq == std::string::npos) return false;
  call->result = line.substr(eq + 2);
  size_t lt = call->result.rfind(" <");
  if (lt != std::string::npos && call->result.back() == '>') {
    call->seconds = std::stod(call->result.substr(lt + 2));
    call->result.resize(lt);
  }
  return true;
}

bool Failed(const PrintedCall& c) { return c.result.rfind("-1 E", 0) == 0; }

// The printed argument at the position syscall `name` has an argument named
// `field` (or any path argument for "path"), or null.
const std::string* Argument(const PrintedCall& c, const std::string& field) {
  const table::SyscallInfo* info = table::SyscallByNumber(static_cast<uint64_t>(table::SyscallNumberByName(c.name)));
  if (info == nullptr) return nullptr;
  for (int i = 0; i < info->nargs && i < static_cast<int>(c.args.size()); ++i)
    if ((info->args[i].name && field == info->args[i].name) || (field == "path" && info->args[i].kind == table::ArgKind::Path))
      return &c.args[i];
  return nullptr;
}

std::string Blank(const std::string& line) {
  static const std::regex kAddress("0x[0-9a-f]{5,}");
  return std::regex_replace(line, kAddress, "0x?");
}

class Filter : public ::testing::TestWithParam<std::string> {
 protected:
  // Runs `command` filtered and unfiltered; the filtered trace must be the
  // unfiltered one's lines that `accepts` (non-syscall lines always kept).
  // `options` go to both runs.
  void ExpectSameAsFilteringAfterwards(const std::vector<std::string>& command, const std::string& predicate,
                                       const std::function<bool(const PrintedCall&)>& accepts, int at_least,
                                       std::vector<std::string> options = {}) {
    Traced all = TraceInMode(GetParam(), command, options);
    options.insert(options.end(), {"--filter", predicate});
    Traced filtered = TraceInMode(GetParam(), command, options);
    EXPECT_EQ(filtered.run.err.find("SUD-only"), std::string::npos) << filtered.run.err;  // the mode asked for
    EXPECT_EQ(filtered.run.out, all.run.out);
    EXPECT_EQ(filtered.run.status, all.run.status);
    std::vector<std::string> expected, got;
    int matched = 0;
    for (const std::string& line : all.trace) {
      PrintedCall call;
      bool is_call = ParseLine(line, &call);
      if (is_call && !accepts(call)) continue;
      matched += is_call;
      expected.push_back(Blank(line));
    }
    for (const std::string& line : filtered.trace) got.push_back(Blank(line));
    EXPECT_EQ(got, expected) << predicate;
    EXPECT_GE(matched, at_least) << predicate;  // the predicate kept some calls: the test tested something
    EXPECT_LT(got.size(), all.trace.size()) << predicate;  // and dropped some
  }
};

const std::vector<std::string> kCat = {"cat", "/etc/hostname", "/nonexistent-for-filter-test"};

TEST_P(Filter, FailedCalls) {
  ExpectSameAsFilteringAfterwards(kCat, "ret < 0", Failed, 2);
}

// The same call with another result: the tracee keeps the last answer per
// syscall number for a program that reads nothing else (tracer/filter.cc),
// and must not reuse it for a read that returned something else (bytes,
// then 0 at the end of the file).
TEST_P(Filter, SameCallOtherResult) {
  ExpectSameAsFilteringAfterwards(kCat, "read && ret == 0", [](const PrintedCall& c) {
    return c.name == "read" && c.result.rfind("0", 0) == 0 && c.result.rfind("0x", 0) != 0;
  }, 1);
}

TEST_P(Filter, SuccessfulOpenat) {
  ExpectSameAsFilteringAfterwards(kCat, "openat && !(ret < 0)", [](const PrintedCall& c) {
    return c.name == "openat" && !Failed(c);
  }, 3);
}

TEST_P(Filter, ErrnoAndName) {
  ExpectSameAsFilteringAfterwards(kCat, "errno == ENOENT || name == \"close\"", [](const PrintedCall& c) {
    return c.name == "close" || c.result.rfind("-1 ENOENT ", 0) == 0;
  }, 3);
}

// With -e trace=, a call is shown only if both pass.
TEST_P(Filter, CombinesWithTraceSets) {
  ExpectSameAsFilteringAfterwards(kCat, "ret < 0 || fd == 1", [](const PrintedCall& c) {
    const std::string* fd = Argument(c, "fd");
    return Failed(c) || (fd != nullptr && *fd == "1");
  }, 2, {"-e", "trace=openat,write,close"});
}

TEST_P(Filter, NamedFdArgument) {
  ExpectSameAsFilteringAfterwards({Program("fds")}, "fd == 1", [](const PrintedCall& c) {
    const std::string* fd = Argument(c, "fd");
    return fd != nullptr && *fd == "1";
  }, 1);
}

TEST_P(Filter, NamedArgumentAndClass) {
  ExpectSameAsFilteringAfterwards({Program("fds")}, "class == %desc && fd >= 1000", [](const PrintedCall& c) {
    const table::SyscallInfo* info = table::SyscallByNumber(static_cast<uint64_t>(table::SyscallNumberByName(c.name)));
    const std::string* fd = Argument(c, "fd");
    return info && (info->classes & table::kDesc) && fd && std::isdigit(static_cast<unsigned char>((*fd)[0])) &&
           std::stoll(*fd) >= 1000;
  }, 24);
}

TEST_P(Filter, NumberedArgument) {
  ExpectSameAsFilteringAfterwards({Program("fds")}, "read && arg2 == 0", [](const PrintedCall& c) {
    return c.name == "read" && c.args.size() == 3 && c.args[2] == "0";
  }, 24);
}

TEST_P(Filter, PathGlob) {
  ExpectSameAsFilteringAfterwards(kCat, "path ~ \"/etc/*\"", [](const PrintedCall& c) {
    const std::string* path = Argument(c, "path");
    return path != nullptr && path->size() >= 2 && (*path)[0] == '"' &&
           fnmatch("/etc/*", path->substr(1, path->size() - 2).c_str(), 0) == 0;
  }, 2);
}

// Durations differ from run to run: one run, checked line by line against
// its own -T, with a call that surely takes longer (a 20 ms sleep) among
// many that do not (the loader's, the locale's).
TEST_P(Filter, Durations) {
  Traced t = TraceInMode(GetParam(), {"sleep", "0.02"}, {"-T", "--filter", "dur > 5ms"});
  EXPECT_EQ(t.run.status, 0);
  int sleeps = 0;
  for (const std::string& line : t.trace) {
    PrintedCall call;
    if (!ParseLine(line, &call)) continue;
    sleeps += call.name == "clock_nanosleep";
    if (call.seconds >= 0) {
      EXPECT_GE(call.seconds, 0.005 - 0.000002) << line;  // -T rounds to microseconds
    }
  }
  EXPECT_EQ(sleeps, 1);
  EXPECT_LE(t.trace.size(), 4u);  // execve perhaps, the sleep, the exit
}

// -c counts only the calls the predicate accepts.
TEST_P(Filter, CountingCountsMatchesOnly) {
  Traced t = TraceInMode(GetParam(), kCat, {"-c", "--filter", "openat && ret < 0"});
  ASSERT_GE(t.trace.size(), 5u) << t.run.err;
  std::regex row(R"(^ *[0-9.]+ +[0-9.]+ +[0-9]+ +([0-9]+) +([0-9]+) +(\w+)$)");
  int rows = 0;
  for (const std::string& line : t.trace) {
    std::smatch m;
    if (!std::regex_match(line, m, row) || m[3] == "total") continue;
    ++rows;
    EXPECT_EQ(m[3], "openat");
    EXPECT_EQ(m[1], m[2]) << line;  // every call counted failed
  }
  EXPECT_EQ(rows, 1);
}

INSTANTIATE_TEST_SUITE_P(Modes, Filter, ::testing::Values("hybrid", "sud"));

TEST(FilterCli, BadExpressionIsOneLineWithItsColumn) {
  RunResult r = RunProgram({Lzptrace(), "--filter", "openat && ret <", "true"});
  EXPECT_EQ(r.err, "lzptrace: --filter: column 16: expected a value after '<', found the end\n");
  EXPECT_TRUE(WIFEXITED(r.status) && WEXITSTATUS(r.status) == 1);
}

}  // namespace
}  // namespace lzp::test
