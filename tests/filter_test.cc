// tests/filter_test.cc — --filter's parser, compiler and evaluator on
// synthetic records (cli/filter/, tracer/filter_eval.h), and its option's
// messages.
#include <sys/syscall.h>

#include <cerrno>
#include <cstring>
#include <string>

#include <gtest/gtest.h>

#include "cli/filter/compiler.h"
#include "cli/filter/expression.h"
#include "cli/filter/matcher.h"
#include "cli/options/options.h"
#include "tests/capture_payload.h"
#include "tracer/filter_eval.h"

namespace lzp::cli::filter {
namespace {

constexpr double kTicksPerSecond = 1e9;  // one tick per nanosecond: durations read directly

std::string ErrorOf(const std::string& text) {
  std::string error;
  auto compiled = Compile(text, &error);
  EXPECT_EQ(compiled, nullptr) << text;
  return error;
}

// Each expression fails with its message.
void ExpectErrors(std::initializer_list<std::pair<std::string, std::string>> cases) {
  for (const auto& [text, message] : cases) EXPECT_EQ(ErrorOf(text), message) << text;
}

std::unique_ptr<CompiledFilter> Must(const std::string& text) {
  std::string error;
  auto compiled = Compile(text, &error);
  EXPECT_NE(compiled, nullptr) << text << ": " << error;
  return compiled;
}

proto::SyscallRecord Call(long nr, std::initializer_list<uint64_t> args, int64_t ret, uint64_t ticks = 10) {
  proto::SyscallRecord rec{};
  rec.nr = static_cast<uint64_t>(nr);
  int i = 0;
  for (uint64_t a : args) rec.args[i++] = a;
  rec.ret = ret;
  rec.pid = 100;
  rec.tid = 101;
  rec.tsc_enter = 1000;
  rec.tsc_exit = 1000 + ticks;
  return rec;
}


bool Match(const std::string& text, const proto::SyscallRecord& rec, const std::string& payload = "") {
  auto compiled = Must(text);
  if (!compiled) return false;
  Captures captures;
  EXPECT_TRUE(captures.Parse(reinterpret_cast<const uint8_t*>(payload.data()), payload.size()));
  return Matches(*compiled, rec, captures, kTicksPerSecond);
}

TEST(FilterParse, ErrorsPointAtTheColumn) {
  ExpectErrors({
      {"openat && ret <", "column 16: expected a value after '<', found the end"},
      {"openat && ret < )", "column 17: expected a value after '<', found ')'"},
      {"", "column 1: empty expression"},
      {"   ", "column 1: empty expression"},
      {"(openat", "column 8: expected ')' to close the '(' at column 1, found the end"},
      {"openat)", "column 7: unbalanced ')'"},
      {"openat read", "column 8: expected '&&', '||' or the end, found 'read'"},
      {"openat && ", "column 11: expected a syscall name, a field or '(', found the end"},
      {"ret == \"abc", "column 8: unterminated string"},
      {"ret == 1 $", "column 10: unexpected character '$'"},
      {"path ~ \"a\\q\"", "column 10: unknown escape '\\q'"},
      {"ret < -", "column 7: expected a number after '-'"},
      {"ret == 0x", "column 8: expected hex digits after '0x'"},
      {"ret == %", "column 8: expected a class name after '%'"},
  });
}

TEST(FilterParse, HugeNumbers) {
  ExpectErrors({
      {"arg0 == 18446744073709551616", "column 9: number too large (the limit is 2^64-1)"},
      {"arg0 == 0x10000000000000000", "column 9: number too large (the limit is 2^64-1)"},
      {"ret < -9223372036854775809", "column 7: number too small (the limit is -2^63)"},
      {"dur > 99999999999s", "column 7: duration too large"},
      {"dur > -1ms", "column 7: a duration cannot be negative"},
      {"dur > 1.5", "column 7: a fraction needs a unit (ns, us, ms, s)"},
      {"dur > 3 weeks", "column 9: expected '&&', '||' or the end, found 'weeks'"},
      {"dur > 3wk", "column 8: unknown unit 'wk' (expected ns, us, ms or s)"},
  });
  // The extremes themselves are fine.
  EXPECT_TRUE(Match("arg0 == 0xffffffffffffffff", Call(SYS_read, {~0ull}, 0)));
  EXPECT_TRUE(Match("arg0 == 18446744073709551615", Call(SYS_read, {~0ull}, 0)));
  EXPECT_TRUE(Match("ret == -9223372036854775808", Call(SYS_read, {}, INT64_MIN)));
}

TEST(FilterParse, DeepNestingIsRefusedNotOverflowed) {
  std::string deep(kMaxNesting, '(');
  deep += "read" + std::string(kMaxNesting, ')');
  EXPECT_NE(Must(deep), nullptr);
  std::string deeper(100000, '(');
  ExpectErrors({
      {deeper + "read", "column 25: nested more than 24 deep"},
      {std::string(100000, '!') + "read", "column 25: nested more than 24 deep"},
  });
  std::string many = "read";
  for (int i = 0; i < 100; ++i) many += " || read";
  ExpectErrors({
      {many, "column 481: more than 60 tests"},
  });
}

TEST(FilterCompile, UnknownNamesAndMisuse) {
  ExpectErrors({
      {"nosuchcall", "column 1: unknown syscall 'nosuchcall'"},
      {"name == \"nosuch\"", "column 9: unknown syscall 'nosuch'"},
      {"frobnicate == 3", "column 1: unknown field 'frobnicate'"},
      {"errno == ENOPE", "column 10: unknown constant 'ENOPE'"},
      {"class == %nope", "column 10: expected a class such as %file, %network, %process after '=='"},
      {"ret ~ \"x\"", "column 5: 'ret' is a number: compare it with == != < <= > >= or &"},
      {"ret == \"x\"", "column 8: expected a number after '=='"},
      {"fd ~ 3", "column 6: expected a string pattern after '~'"},
      {"fd == \"x\"", "column 1: no syscall has a string argument named 'fd'"},
      {"ret > 1ms", "column 7: a duration is compared with dur only"},
      {"name < \"read\"", "column 6: a name is compared with ==, != or ~"},
  });
}

TEST(FilterEval, NamesRetErrnoAndArguments) {
  EXPECT_TRUE(Match("openat && ret < 0", Call(SYS_openat, {}, -ENOENT)));
  EXPECT_FALSE(Match("openat && ret < 0", Call(SYS_openat, {}, 3)));
  EXPECT_FALSE(Match("openat && ret < 0", Call(SYS_open, {}, -ENOENT)));
  EXPECT_TRUE(Match("errno == ENOENT", Call(SYS_stat, {}, -ENOENT)));
  EXPECT_FALSE(Match("errno == ENOENT", Call(SYS_stat, {}, -EACCES)));
  EXPECT_TRUE(Match("errno == 0", Call(SYS_stat, {}, 0)));
  EXPECT_TRUE(Match("read && arg2 > 4096", Call(SYS_read, {3, 0x1000, 8192}, 10)));
  EXPECT_FALSE(Match("read && arg2 > 4096", Call(SYS_read, {3, 0x1000, 4096}, 10)));
  EXPECT_TRUE(Match("read && count > 0x1000", Call(SYS_read, {3, 0x1000, 8192}, 10)));
  EXPECT_TRUE(Match("fd == 3 || name == \"close\"", Call(SYS_close, {7}, 0)));
  EXPECT_TRUE(Match("fd == 3 || name == \"close\"", Call(SYS_write, {3}, 0)));
  EXPECT_FALSE(Match("fd == 3 || name == \"close\"", Call(SYS_write, {4}, 0)));
  // fd is read as the kernel's int: 0xffffff9c is AT_FDCWD (-100).
  EXPECT_TRUE(Match("dirfd == AT_FDCWD", Call(SYS_openat, {0xffffff9cull}, 3)));
  EXPECT_TRUE(Match("dirfd == -100", Call(SYS_openat, {0xffffffffffffff9cull}, 3)));
  EXPECT_TRUE(Match("openat && flags & O_CREAT", Call(SYS_openat, {0, 0, 0101}, 3)));
  EXPECT_FALSE(Match("openat && flags & O_CREAT", Call(SYS_openat, {0, 0, 02}, 3)));
  EXPECT_TRUE(Match("pid == 100 && tid == 101", Call(SYS_getpid, {}, 100)));
  EXPECT_FALSE(Match("tid != 101", Call(SYS_getpid, {}, 100)));
  EXPECT_TRUE(Match("name ~ \"*stat*\"", Call(SYS_newfstatat, {}, 0)));
  EXPECT_TRUE(Match("class == %file", Call(SYS_openat, {}, 0)));
  EXPECT_TRUE(Match("%file && !(ret < 0)", Call(SYS_openat, {}, 0)));
  EXPECT_FALSE(Match("class != %file", Call(SYS_openat, {}, 0)));
  EXPECT_TRUE(Match("class == %network", Call(SYS_socket, {}, 3)));
  EXPECT_TRUE(Match("class == %%stat", Call(SYS_newfstatat, {}, 0)));
  EXPECT_TRUE(Match("class == file", Call(SYS_openat, {}, 0)));
  EXPECT_TRUE(Match("kill && arg1 == SIGTERM", Call(SYS_kill, {1, 15}, 0)));
}

TEST(FilterEval, AMissingArgumentFailsEveryComparison) {
  EXPECT_FALSE(Match("fd == 3", Call(SYS_getppid, {3}, 1)));
  EXPECT_FALSE(Match("fd != 3", Call(SYS_getppid, {3}, 1)));
  EXPECT_TRUE(Match("!(fd == 3)", Call(SYS_getppid, {3}, 1)));
}

TEST(FilterEval, Durations) {
  EXPECT_TRUE(Match("dur > 1ms", Call(SYS_read, {}, 0, 1500000)));
  EXPECT_FALSE(Match("dur > 1ms", Call(SYS_read, {}, 0, 900000)));
  EXPECT_TRUE(Match("dur >= 1.5us", Call(SYS_read, {}, 0, 1500)));
  EXPECT_TRUE(Match("dur < 2s && dur > 999ns", Call(SYS_read, {}, 0, 1000)));
  EXPECT_TRUE(Match("dur == 10", Call(SYS_read, {}, 0, 10)));
  EXPECT_TRUE(Must("dur > 1ms")->program.uses_dur);
  EXPECT_FALSE(Must("ret > 1")->program.uses_dur);
}

TEST(FilterEval, CapturedStrings) {
  proto::SyscallRecord open = Call(SYS_openat, {0xffffff9cull, 0x1000, 0}, 3);
  EXPECT_TRUE(Match("path ~ \"/etc/*\"", open, lzp::test::StringCapturePayload(1, "/etc/passwd")));
  EXPECT_FALSE(Match("path ~ \"/etc/*\"", open, lzp::test::StringCapturePayload(1, "/usr/lib/x")));
  EXPECT_TRUE(Match("pathname == \"/etc/passwd\"", open, lzp::test::StringCapturePayload(1, "/etc/passwd")));
  EXPECT_TRUE(Match("path != \"/etc/passwd\"", open, lzp::test::StringCapturePayload(1, "/etc/group")));
  EXPECT_FALSE(Match("path ~ \"*\"", open, ""));                                  // not captured: no match
  EXPECT_FALSE(Match("path ~ \"*\"", Call(SYS_getppid, {}, 1), lzp::test::StringCapturePayload(1, "x")));  // no such argument
  auto compiled = Must("path ~ \"/etc/*\"");
  EXPECT_EQ(compiled->string_test_column, 1);
}

TEST(FilterEval, CallsThatDidNotReturnMatchOnlyWhatIsKnown) {
  proto::SyscallRecord exit = Call(SYS_exit_group, {0}, 0);
  exit.flags = proto::kNoReturn;
  EXPECT_TRUE(Match("exit_group", exit));
  EXPECT_FALSE(Match("exit_group && ret == 0", exit));
  EXPECT_TRUE(Match("exit_group || ret == 0", exit));
  EXPECT_FALSE(Match("!(ret == 0)", exit));
}

// What the tracee evaluates: captured strings are unknown (so kept), and
// the syscalls a predicate cannot match leave the trace bitmap.
TEST(FilterEval, TheTraceeKeepsWhatItCannotDecide) {
  auto undecided = [](const proto::FilterInsn&, int) { return proto::Truth::kUnknown; };
  auto compiled = Must("openat && path ~ \"/etc/*\"");
  proto::FilterFacts facts{};
  facts.known = proto::kKnowNr | proto::kKnowArgs | proto::kKnowRet | proto::kKnowIds;
  facts.nr = SYS_openat;
  EXPECT_EQ(proto::EvaluateFilter(compiled->program, facts, undecided), proto::Truth::kUnknown);
  facts.nr = SYS_read;
  EXPECT_EQ(proto::EvaluateFilter(compiled->program, facts, undecided), proto::Truth::kFalse);
  EXPECT_TRUE(compiled->possible.test(SYS_openat));
  EXPECT_FALSE(compiled->possible.test(SYS_read));
  EXPECT_EQ(compiled->possible.count(), 1u);
  EXPECT_TRUE(Must("ret < 0")->possible.all());
  EXPECT_FALSE(Must("fd == 3")->possible.test(SYS_getppid));
  EXPECT_TRUE(Must("fd == 3")->possible.test(SYS_read));
  EXPECT_TRUE(Must("!(fd == 3)")->possible.test(SYS_getppid));
}

TEST(FilterEval, AScribbledProgramAnswersUnknown) {
  auto undecided = [](const proto::FilterInsn&, int) { return proto::Truth::kUnknown; };
  proto::FilterFacts facts{};
  facts.known = proto::kKnowNr | proto::kKnowArgs | proto::kKnowRet | proto::kKnowIds;
  facts.nr = SYS_read;
  auto compiled = Must("read && fd == 3");
  proto::FilterProgram p = compiled->program;
  p.length = 100000;
  EXPECT_EQ(proto::EvaluateFilter(p, facts, undecided), proto::Truth::kUnknown);
  p = compiled->program;
  p.code[p.length - 1].op = proto::kFilterNot;  // leaves two values on the stack
  EXPECT_EQ(proto::EvaluateFilter(p, facts, undecided), proto::Truth::kUnknown);
  p = compiled->program;
  p.code[0].op = proto::kFilterAnd;  // pops from an empty stack
  EXPECT_EQ(proto::EvaluateFilter(p, facts, undecided), proto::Truth::kUnknown);
  p = compiled->program;
  p.code[1].index = 200;  // an argument map that does not exist
  EXPECT_NE(proto::EvaluateFilter(p, facts, undecided), proto::Truth::kFalse);
  p = compiled->program;
  p.arg_maps[0][SYS_read] = 0x09;  // position 9
  EXPECT_EQ(proto::EvaluateFilter(p, facts, undecided), proto::Truth::kFalse);  // read (true) && no such argument
  // Every byte pattern evaluates without fault.
  for (int seed = 0; seed < 2000; ++seed) {
    uint32_t x = static_cast<uint32_t>(seed) * 2654435761u;
    uint8_t* bytes = reinterpret_cast<uint8_t*>(&p);
    for (size_t i = 0; i < sizeof(p); ++i) bytes[i] = static_cast<uint8_t>((x = x * 1103515245u + 12345u) >> 16);
    p.length %= proto::kFilterMaxInsns + 8;
    proto::Truth t = proto::EvaluateFilter(p, facts, undecided);
    EXPECT_LE(static_cast<int>(t), 2);
  }
}

TEST(FilterOption, ParsesAndRefusesStringTestsWithCounting) {
  auto parse = [](std::vector<std::string> args, int* exit_code) {
    args.insert(args.begin(), "lzptrace");
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    optind = 0;
    Options options;
    bool ok = ParseOptions(static_cast<int>(argv.size()), argv.data(), &options, exit_code);
    return ok ? options.predicate : nullptr;
  };
  int code = 0;
  EXPECT_NE(parse({"--filter", "openat && ret < 0", "true"}, &code), nullptr);
  EXPECT_NE(parse({"--filter=dur > 1ms", "-c", "true"}, &code), nullptr);
  testing::internal::CaptureStderr();
  EXPECT_EQ(parse({"--filter", "openat && ret <", "true"}, &code), nullptr);
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "lzptrace: --filter: column 16: expected a value after '<', found the end\n");
  EXPECT_EQ(code, 1);
  testing::internal::CaptureStderr();
  EXPECT_EQ(parse({"-c", "--filter", "openat && path ~ \"/etc/*\"", "true"}, &code), nullptr);
  EXPECT_EQ(testing::internal::GetCapturedStderr(),
            "lzptrace: --filter: column 11: -c and -C count in the traced processes, which cannot test captured strings\n");
  EXPECT_EQ(code, 1);
}

}  // namespace
}  // namespace lzp::cli::filter
