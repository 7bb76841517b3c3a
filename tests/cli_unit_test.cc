// tests/cli_unit_test.cc — option parsing and line formatting, without tracing.
#include <sys/syscall.h>

#include <gtest/gtest.h>

#include "cli/options.h"
#include "cli/syscall_format.h"

namespace lzp::cli {
namespace {

bool Parse(std::vector<std::string> args, Options* out, int* code) {
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  return ParseOptions(static_cast<int>(args.size()), argv.data(), out, code);
}

TEST(Options, StopsAtTheProgramLikeStrace) {
  Options o;
  int code = -1;
  ASSERT_TRUE(Parse({"lzptrace", "-f", "-o", "x.txt", "--mode=sud", "ls", "-l", "-f"}, &o, &code));
  EXPECT_EQ(o.follow_forks, 1);
  EXPECT_EQ(o.output_file, "x.txt");
  EXPECT_EQ(o.mode, proto::Mode::kSud);
  EXPECT_EQ(o.command, (std::vector<std::string>{"ls", "-l", "-f"}));
}

TEST(Options, CombinedShortOptionsAndDoubleF) {
  Options o;
  int code = -1;
  ASSERT_TRUE(Parse({"lzptrace", "-ffq", "true"}, &o, &code));
  EXPECT_EQ(o.follow_forks, 2);
  EXPECT_EQ(o.quiet, 1);
}

TEST(Options, UserErrorsExitOneWithStraceWording) {
  Options o;
  int code = -1;
  testing::internal::CaptureStderr();
  EXPECT_FALSE(Parse({"lzptrace", "-Q", "ls"}, &o, &code));
  std::string err = testing::internal::GetCapturedStderr();
  EXPECT_EQ(code, 1);
  EXPECT_EQ(err, "lzptrace: invalid option -- 'Q'\nTry 'lzptrace -h' for more information.\n");

  Options o2;
  testing::internal::CaptureStderr();
  EXPECT_FALSE(Parse({"lzptrace"}, &o2, &code));
  EXPECT_EQ(testing::internal::GetCapturedStderr(),
            "lzptrace: must have PROG [ARGS]\nTry 'lzptrace -h' for more information.\n");
  EXPECT_EQ(code, 1);

  Options o3;
  testing::internal::CaptureStderr();
  EXPECT_FALSE(Parse({"lzptrace", "--mode=fast", "ls"}, &o3, &code));
  EXPECT_NE(testing::internal::GetCapturedStderr().find("invalid --mode 'fast'"), std::string::npos);
  EXPECT_EQ(code, 1);
}

TEST(Options, UnimplementedStraceOptionsAreRefusedByName) {
  Options o;
  int code = -1;
  testing::internal::CaptureStderr();
  EXPECT_FALSE(Parse({"lzptrace", "-c", "ls"}, &o, &code));
  EXPECT_EQ(testing::internal::GetCapturedStderr(),
            "lzptrace: option -c is not supported yet\nTry 'lzptrace -h' for more information.\n");
  EXPECT_EQ(code, 1);
}

proto::SyscallRecord Record(uint64_t nr, std::initializer_list<uint64_t> args, int64_t ret) {
  proto::SyscallRecord r{};
  r.nr = nr;
  int i = 0;
  for (uint64_t a : args) r.args[i++] = a;
  r.ret = ret;
  return r;
}

TEST(Format, ReturnValuesAsStracePrintsThem) {
  EXPECT_EQ(FormatReturn(Record(SYS_getppid, {}, 1234)), "= 1234");
  EXPECT_EQ(FormatReturn(Record(SYS_openat, {}, -2)), "= -1 ENOENT (No such file or directory)");
  EXPECT_EQ(FormatReturn(Record(SYS_read, {}, -512)), "= ? ERESTARTSYS (To be restarted if SA_RESTART is set)");
  EXPECT_EQ(FormatReturn(Record(SYS_mmap, {}, 0x7f0012340000)), "= 0x7f0012340000");
  EXPECT_EQ(FormatReturn(Record(SYS_umask, {}, 022)), "= 022");
  proto::SyscallRecord exit = Record(SYS_exit_group, {0}, 0);
  exit.flags = proto::kNoReturn;
  EXPECT_EQ(FormatReturn(exit), "= ?");
}

TEST(Format, ArgumentsByKind) {
  EXPECT_EQ(FormatCall(Record(SYS_getppid, {}, 0)), "getppid()");
  EXPECT_EQ(FormatCall(Record(SYS_close, {3}, 0)), "close(3)");
  EXPECT_EQ(FormatCall(Record(SYS_openat, {static_cast<uint64_t>(-100), 0x1000, 0, 0644}, 0)),
            "openat(AT_FDCWD, 0x1000, 0, 0644)");
  EXPECT_EQ(FormatCall(Record(SYS_exit_group, {static_cast<uint64_t>(-1)}, 0)), "exit_group(-1)");
  EXPECT_EQ(FormatCall(Record(SYS_lseek, {static_cast<uint64_t>(-1), 17, 0}, 0)), "lseek(-1, 17, 0)");
  EXPECT_EQ(FormatCall(Record(1000, {1, 2, 3, 4, 5, 6}, 0)), "syscall_0x3e8(0x1, 0x2, 0x3, 0x4, 0x5, 0x6)");
  EXPECT_EQ(SignalLabel(9), "SIGKILL");
  EXPECT_EQ(SignalLabel(35), "SIGRT_3");
}

}  // namespace
}  // namespace lzp::cli
