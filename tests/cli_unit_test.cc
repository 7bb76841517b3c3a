// tests/cli_unit_test.cc — option parsing and line formatting, without tracing
// (interposer_stamp_test.cc and vdso_plan_cache_test.cc, in the same target,
// check what the launcher keeps between starts).
#include <signal.h>
#include <sys/syscall.h>

#include <bitset>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <tuple>

#include <gtest/gtest.h>

#include "cli/options/options.h"
#include "cli/print/captures.h"
#include "cli/print/const_style.h"
#include "cli/print/flags_format.h"
#include "cli/decode/fd_details.h"
#include "cli/options/filter.h"
#include "cli/handlers/handler_library.h"
#include "cli/summary/summary.h"
#include "cli/print/syscall_format.h"
#include "syscalltable/tables.h"

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
            "lzptrace: must have PROG [ARGS] or -p PID\nTry 'lzptrace -h' for more information.\n");
  EXPECT_EQ(code, 1);

  Options o3;
  testing::internal::CaptureStderr();
  EXPECT_FALSE(Parse({"lzptrace", "--mode=fast", "ls"}, &o3, &code));
  EXPECT_NE(testing::internal::GetCapturedStderr().find("invalid --mode 'fast'"), std::string::npos);
  EXPECT_EQ(code, 1);
}

// lzptrace's own long options share strace's getopt grammar (the reason
// they are not parsed by CLI11: docs/architecture.md, "The command line").
TEST(Options, OwnOptionsFollowStracesGrammar) {
  Options o;
  int code = -1;
  ASSERT_TRUE(Parse({"lzptrace", "-o", "--json", "ls"}, &o, &code));  // an argument, not the option
  EXPECT_EQ(o.output_file, "--json");
  EXPECT_FALSE(o.json);
  Options o2;
  ASSERT_TRUE(Parse({"lzptrace", "-e", "trace=openat", "--json", "--rec=r.lzp", "-fo", "t.txt", "--mode", "sud",
                     "--ring-size=0x100000", "--stats", "--colo=never", "ls", "--json", "--mode=x"},
                    &o2, &code));
  EXPECT_TRUE(o2.json);
  EXPECT_EQ(o2.record_file, "r.lzp");  // a unique prefix of --record
  EXPECT_EQ(o2.output_file, "t.txt");
  EXPECT_EQ(o2.follow_forks, 1);
  EXPECT_EQ(o2.mode, proto::Mode::kSud);
  EXPECT_EQ(o2.ring_bytes, 0x100000u);
  EXPECT_TRUE(o2.stats);
  EXPECT_EQ(o2.color, ColorWhen::kNever);
  EXPECT_EQ(o2.command, (std::vector<std::string>{"ls", "--json", "--mode=x"}));  // the program's own
  struct Bad {
    std::vector<std::string> args;
    std::string err;
  };
  const std::string hint = "Try 'lzptrace -h' for more information.\n";
  for (const Bad& bad : {
           Bad{{"--ring-size=3"}, "lzptrace: --ring-size must be a power of two from 65536 to 16G\n" + hint},
           Bad{{"--color=pink"}, "lzptrace: invalid --color argument: 'pink'\n" + hint},
           Bad{{"--mode=fast"}, "lzptrace: invalid --mode 'fast': expected auto, hybrid or sud\n" + hint},
           Bad{{"--perfetto="}, "lzptrace: invalid --perfetto argument: ''\n" + hint},
           Bad{{"--json=yes"}, "lzptrace: option '--json' doesn't allow an argument\n" + hint},
           Bad{{"--stats=1"}, "lzptrace: option '--stats' doesn't allow an argument\n" + hint},
           Bad{{"--record"}, "lzptrace: option '--record' requires an argument\n" + hint},
           Bad{{"--col=never"}, "lzptrace: option '--col=never' is ambiguous; possibilities: '--color' '--columns'\n" + hint},
       }) {
    std::vector<std::string> args = {"lzptrace"};
    args.insert(args.end(), bad.args.begin(), bad.args.end());
    if (bad.args[0] != "--record") args.push_back("ls");
    Options b;
    code = -1;
    testing::internal::CaptureStderr();
    EXPECT_FALSE(Parse(args, &b, &code)) << bad.args[0];
    EXPECT_EQ(testing::internal::GetCapturedStderr(), bad.err);
    EXPECT_EQ(code, 1) << bad.args[0];
  }
}

TEST(Options, SummaryColumns) {
  Options o;
  int code = -1;
  ASSERT_TRUE(Parse({"lzptrace", "-c", "-U", "name,calls,errors", "true"}, &o, &code));
  EXPECT_EQ(o.summary_columns, (std::vector<std::string>{"name", "calls", "errors"}));
  Options sorted;
  testing::internal::CaptureStderr();
  EXPECT_FALSE(Parse({"lzptrace", "-c", "-S", "bogus", "true"}, &sorted, &code));
  EXPECT_EQ(testing::internal::GetCapturedStderr(),
            "lzptrace: invalid sortby: 'bogus'\nTry 'lzptrace -h' for more information.\n");
  EXPECT_EQ(code, 1);
  Options bad;
  testing::internal::CaptureStderr();
  EXPECT_FALSE(Parse({"lzptrace", "-U", "bogus", "true"}, &bad, &code));
  EXPECT_EQ(testing::internal::GetCapturedStderr(),
            "lzptrace: unknown column name: 'bogus'\nTry 'lzptrace -h' for more information.\n");
  EXPECT_EQ(code, 1);
}

// strace 6.1's table, from counters in nanoseconds: widths, the total row
// (its shortest and longest are over all rows), sorting, -U's extra columns
// and its rule that the name comes last when not asked for.
std::string Summary(const std::vector<proto::SyscallCounter>& counters, const std::string& sort,
                    const std::vector<std::string>& columns) {
  char* text = nullptr;
  size_t size = 0;
  FILE* out = open_memstream(&text, &size);
  PrintSummary(out, counters.data(), 1e9, sort, columns);
  std::fclose(out);
  std::string result(text, size);
  std::free(text);
  return result;
}

std::vector<proto::SyscallCounter> SomeCounters() {
  std::vector<proto::SyscallCounter> c(proto::kCounterCount);
  for (auto& one : c) one.min_time = ~0ull;
  auto set = [&](int nr, uint64_t calls, uint64_t errors, uint64_t ns, uint64_t min, uint64_t max) {
    c[nr].calls = calls; c[nr].errors = errors; c[nr].time = ns; c[nr].min_time = min; c[nr].max_time = max;
  };
  set(0, 10, 0, 30000, 1000, 9000);       // read
  set(2, 4, 2, 90000, 5000, 60000);       // open
  set(39, 1, 0, 0, 0, 0);                 // getpid
  return c;
}

TEST(Summary, DefaultTableAsStrace) {
  EXPECT_EQ(Summary(SomeCounters(), "time", {}),
            "% time     seconds  usecs/call     calls    errors syscall\n"
            "------ ----------- ----------- --------- --------- ----------------\n"
            " 75.00    0.000090          22         4         2 open\n"
            " 25.00    0.000030           3        10           read\n"
            "  0.00    0.000000           0         1           getpid\n"
            "------ ----------- ----------- --------- --------- ----------------\n"
            "100.00    0.000120           8        15         2 total\n");
}

TEST(Summary, ColumnsSortKeysAndAliases) {
  std::vector<std::string> columns;
  std::string bad;
  ASSERT_TRUE(ParseColumns("calls,longest,time-min", &columns, &bad));
  EXPECT_EQ(columns, (std::vector<std::string>{"calls", "max-time", "min-time", "name"}));
  EXPECT_EQ(Summary(SomeCounters(), "shortest", columns),
            "    calls  longest shortest syscall\n"
            "--------- -------- -------- ----------------\n"
            "        4 0.000060 0.000005 open\n"
            "       10 0.000009 0.000001 read\n"
            "        1 0.000000 0.000000 getpid\n"
            "--------- -------- -------- ----------------\n"
            "       15 0.000060 0.000000 total\n");
  for (const char* key : {"time", "time-percent", "total-time", "min-time", "shortest", "max-time", "longest",
                          "avg-time", "time-avg", "calls", "count", "errors", "error", "name", "syscall", "nothing", "none"})
    EXPECT_TRUE(ValidSortKey(key)) << key;
  EXPECT_FALSE(ValidSortKey("bogus"));
  std::string by_name = Summary(SomeCounters(), "name", {"name"});
  EXPECT_EQ(by_name, "syscall\n----------------\ngetpid\nopen\nread\n----------------\ntotal\n");
}

// -yy's annotations from FdDetails captures, and what damaged ones give.
std::string Details(proto::FdDetails d, const std::string& diag) {
  return std::string(reinterpret_cast<const char*>(&d), sizeof(d)) + diag;
}

TEST(FdAnnotation, DevicesPidfdsAndSockets) {
  proto::FdDetails dev{};
  dev.kind = proto::kCharDevice; dev.major = 1; dev.minor = 3;
  std::string bytes = Details(dev, "");
  Capture c{0, bytes};
  EXPECT_EQ(FdAnnotation("/dev/null", &c), "/dev/null<char 1:3>");
  proto::FdDetails pidfd{};
  pidfd.kind = proto::kPidfd; pidfd.pid = 42;
  std::string pid_bytes = Details(pidfd, "");
  Capture p{0, pid_bytes};
  EXPECT_EQ(FdAnnotation("anon_inode:[pidfd]", &p), "pid:42");
  // A UNIX socket: unix_diag_msg (16 bytes), then UNIX_DIAG_NAME (0) "/s" and UNIX_DIAG_PEER (2) 777.
  proto::FdDetails sock{};
  sock.kind = proto::kSocketDetails; sock.inode = 776; std::strcpy(sock.proto, "UNIX-STREAM");
  std::string msg(16, '\0');
  msg[0] = 1;  // AF_UNIX
  uint32_t ino = 776;
  std::memcpy(&msg[4], &ino, 4);
  msg += std::string("\x06\0\0\0/s\0\0", 8);                    // rtattr{6, UNIX_DIAG_NAME} "/s", padded
  msg += std::string("\x08\0\x02\0\x09\x03\0\0", 8);           // rtattr{8, UNIX_DIAG_PEER} 777
  std::string sock_bytes = Details(sock, msg);
  Capture u{0, sock_bytes};
  EXPECT_EQ(FdAnnotation("socket:[776]", &u), "UNIX-STREAM:[776->777,\"/s\"]");
  // Damaged attribute lengths and truncated messages never read past the data.
  for (size_t cut = 0; cut < sock_bytes.size(); ++cut) {
    proto::FdDetails other = sock;
    other.inode = 1000 + cut;  // not the remembered one
    std::string damaged = Details(other, msg.substr(0, cut > sizeof(other) ? cut - sizeof(other) : 0));
    damaged[sizeof(other) + 16 < damaged.size() ? sizeof(other) + 16 : 0] ^= 0x7f;
    Capture d{0, std::string_view(damaged).substr(0, cut)};
    FdAnnotation("socket:[1]", &d);
  }
  EXPECT_EQ(FdAnnotation("socket:[5]", nullptr), "socket:[5]");
}

// Struct decoders read only what the tracee's copy holds: a short copy is
// not decoded (the caller prints the address), a whole one field by field.
TEST(StructDecoders, ShortCopiesAreNotDecoded) {
  FormatOptions o;
  for (const char* name : {"timex", "flock", "flock_pid", "aio_context"})
    for (size_t n : {0, 1, 7}) EXPECT_EQ(FormatStruct(name, std::string(n, '\xff'), o), std::nullopt) << name << n;
  EXPECT_EQ(FormatStruct("flock", std::string(31, '\xff'), o), std::nullopt);
  EXPECT_EQ(FormatStruct("timex", std::string(207, '\xff'), o), std::nullopt);
  std::string lock(32, '\0');
  lock[0] = 1;                     // F_WRLCK
  lock[2] = 9;                     // an unknown whence
  lock[8] = 5;                     // l_start
  lock[16] = static_cast<char>(0xff);  // l_len = 255
  lock[24] = 42;                   // l_pid
  EXPECT_EQ(FormatStruct("flock", lock, o), "{l_type=F_WRLCK, l_whence=0x9 /* SEEK_??? */, l_start=5, l_len=255}");
  EXPECT_EQ(FormatStruct("flock_pid", lock, o), "{l_type=F_WRLCK, l_whence=0x9 /* SEEK_??? */, l_start=5, l_len=255, l_pid=42}");
  std::string timex(208, '\0');
  timex[0] = 1;     // ADJ_OFFSET
  timex[40] = 0x40;  // STA_UNSYNC
  EXPECT_EQ(FormatStruct("timex", timex, o),
            "{modes=ADJ_OFFSET, offset=0, freq=0, maxerror=0, esterror=0, status=STA_UNSYNC, constant=0, precision=0, "
            "tolerance=0, time={tv_sec=0, tv_usec=0}, tick=0, ppsfreq=0, jitter=0, shift=0, stabil=0, jitcnt=0, "
            "calcnt=0, errcnt=0, stbcnt=0, tai=0}");
}

// The decoders of this family read captures from the tracee: whatever their
// length and bytes (short, long, garbage, in every argument slot they use),
// a line comes out and nothing is read past the data.
TEST(StructDecoders, AnyCapturedBytesGiveALine) {
  struct Call { long nr; uint64_t args[6]; int64_t ret; std::vector<int> slots; };
  const Call calls[] = {
      {SYS_bpf, {0, 0x1000, 144}, 3, {1}},         {SYS_bpf, {5, 0x1000, 4096}, 3, {1, proto::kBpfPointeeArg}},
      {SYS_bpf, {7, 0x1000, 144}, 3, {1, proto::kBpfPointeeArg}}, {SYS_bpf, {18, 0x1000, 4}, 3, {1, proto::kBpfPointeeArg}},
      {SYS_bpf, {28, 0x1000, 300}, 3, {1}},        {SYS_bpf, {10, 0x1000, 80}, 0, {1}},
      {SYS_perf_event_open, {0x1000, 0, 0, 0, 0}, 3, {0}}, {SYS_io_uring_setup, {4, 0x1000}, 3, {1}},
      {SYS_clone3, {0x1000, 4097}, 5, {0, 1}},     {SYS_fcntl, {3, 5, 0x1000}, 0, {2}},
      {SYS_fcntl, {3, 16, 0x1000}, 0, {2}},        {SYS_clock_adjtime, {0, 0x1000}, 5, {1}},
      {SYS_io_pgetevents, {1, 0, 1, 0x1000, 0, 0x2000}, 0, {4, 5, proto::kAioSigmaskArg}},
      {SYS_io_setup, {1, 0x1000}, 0, {1}},         {SYS_keyctl, {6, 5, 0x1000, 64}, 60, {2}},
      {SYS_keyctl, {10, 5, 0x1000, 0x2000, 0}, 0, {2, 3}}, {SYS_keyctl, {2, 5, 0x1000, 1000}, 0, {2}},
      {SYS_setsockopt, {3, 0, 42, 0x1000, 136}, 0, {3}},
  };
  uint32_t seed = 1;
  for (const Call& call : calls)
    for (size_t length : {0, 1, 7, 8, 15, 16, 31, 47, 48, 63, 64, 87, 88, 89, 119, 120, 127, 128, 143, 144, 207, 208, 300})
      for (bool verbose : {false, true}) {
        std::string payload;
        for (int slot : call.slots)
          for (uint8_t phase : {proto::kAtEntry, proto::kAtExit}) {
            proto::CaptureChunk chunk{static_cast<uint8_t>(slot), phase, 0, 0, static_cast<uint32_t>(length)};
            payload.append(reinterpret_cast<const char*>(&chunk), sizeof(chunk));
            for (size_t i = 0; i < length; ++i) payload += static_cast<char>((seed = seed * 1103515245 + 12345) >> 16);
            payload.append((8 - length % 8) % 8, '\0');
          }
        Captures captures;
        ASSERT_TRUE(captures.Parse(reinterpret_cast<const uint8_t*>(payload.data()), payload.size())) << call.nr;
        proto::SyscallRecord rec{};
        rec.nr = call.nr;
        std::memcpy(rec.args, call.args, sizeof(rec.args));
        rec.ret = call.ret;
        FormatOptions options;
        options.verbose = verbose;
        std::string line = FormatCall(rec, captures, options) + " " + FormatReturn(rec, captures, options);
        EXPECT_EQ(line.rfind(SyscallName(call.nr) + "(", 0), 0u) << line;
      }
}

// --decode-fds=: each kind of fd is annotated only when its category is asked
// for; without "path", the others print bare ("").
TEST(FdAnnotation, OnlyTheCategoriesAskedFor) {
  proto::FdDetails dev{};
  dev.kind = proto::kCharDevice; dev.major = 1; dev.minor = 3;
  std::string bytes = Details(dev, "");
  Capture c{0, bytes};
  EXPECT_EQ(FdAnnotation("/dev/null", &c, kDecodeDev), "/dev/null<char 1:3>");
  EXPECT_EQ(FdAnnotation("/dev/null", &c, kDecodePath), "/dev/null");
  EXPECT_EQ(FdAnnotation("/dev/null", &c, kDecodeSocket), "");
  EXPECT_EQ(FdAnnotation("/etc/passwd", nullptr, kDecodeDev | kDecodePidfd), "");
  proto::FdDetails pidfd{};
  pidfd.kind = proto::kPidfd; pidfd.pid = 42;
  std::string pid_bytes = Details(pidfd, "");
  Capture p{0, pid_bytes};
  EXPECT_EQ(FdAnnotation("anon_inode:[pidfd]", &p, kDecodePath), "anon_inode:[pidfd]");
  EXPECT_EQ(FdAnnotation("anon_inode:[pidfd]", &p, kDecodePidfd), "pid:42");
  proto::FdDetails sock{};
  sock.kind = proto::kSocketDetails; sock.inode = 9; std::strcpy(sock.proto, "TCP");
  std::string sock_bytes = Details(sock, "");
  Capture t{0, sock_bytes};
  EXPECT_EQ(FdAnnotation("socket:[9]", &t, kDecodePath | kDecodeDev), "socket:[9]");
  EXPECT_EQ(FdAnnotation("socket:[9]", &t, kDecodeSocket), "TCP:[9]");
}

TEST(Options, UnimplementedStraceOptionsAreRefusedByName) {
  Options o;
  int code = -1;
  testing::internal::CaptureStderr();
  EXPECT_FALSE(Parse({"lzptrace", "-d", "ls"}, &o, &code));
  EXPECT_EQ(testing::internal::GetCapturedStderr(),
            "lzptrace: option -d is not supported yet\nTry 'lzptrace -h' for more information.\n");
  EXPECT_EQ(code, 1);
}

// Spellings strace 6.1 takes that lzptrace refused: --strings-in-hex with its
// argument (none, non-ascii as -x, all as -xx and as the option alone; never
// with -x), -F (deprecated, taken as -f, said on stderr), --silence/--silent
// (--quiet's other names).
TEST(Options, StringsInHexDeprecatedFAndSilenceAsStrace) {
  struct Case { std::vector<std::string> args; int hex; };
  for (const Case& c : std::vector<Case>{{{"--strings-in-hex"}, 2}, {{"--strings-in-hex=all"}, 2},
                                         {{"--strings-in-hex=non-ascii"}, 1}, {{"--strings-in-hex=none"}, 0}}) {
    Options o;
    int code = -1;
    std::vector<std::string> args = {"lzptrace"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    args.push_back("ls");
    EXPECT_TRUE(Parse(args, &o, &code)) << c.args[0];
    EXPECT_EQ(o.hex, c.hex) << c.args[0];
  }
  for (std::vector<std::string> both : {std::vector<std::string>{"-x", "--strings-in-hex=none"},
                                        std::vector<std::string>{"--strings-in-hex", "-x"}}) {
    Options o;
    int code = -1;
    testing::internal::CaptureStderr();
    EXPECT_FALSE(Parse({"lzptrace", both[0], both[1], "ls"}, &o, &code));
    EXPECT_EQ(testing::internal::GetCapturedStderr(), "lzptrace: -x and --strings-in-hex cannot be provided simultaneously\n");
    EXPECT_EQ(code, 1);
  }
  {
    Options o;
    int code = -1;
    testing::internal::CaptureStderr();
    EXPECT_FALSE(Parse({"lzptrace", "--strings-in-hex=some", "ls"}, &o, &code));
    EXPECT_EQ(testing::internal::GetCapturedStderr(),
              "lzptrace: invalid --strings-in-hex argument: 'some'\nTry 'lzptrace -h' for more information.\n");
    EXPECT_EQ(code, 1);
  }
  {
    Options o;
    int code = -1;
    testing::internal::CaptureStderr();
    EXPECT_TRUE(Parse({"lzptrace", "-F", "ls"}, &o, &code));
    EXPECT_EQ(testing::internal::GetCapturedStderr(),
              "lzptrace: option -F is deprecated, please use -f/--follow-forks instead\n");
    EXPECT_EQ(o.follow_forks, 1);
  }
  for (const char* spelling : {"--silence=exit", "--silent=exit", "--quiet=exit"}) {
    Options o;
    int code = -1;
    EXPECT_TRUE(Parse({"lzptrace", spelling, "ls"}, &o, &code)) << spelling;
    EXPECT_TRUE(o.quiet_exit) << spelling;
    EXPECT_FALSE(o.quiet_attach) << spelling;
  }
}

// Each of `bad` as OPTION's argument: strace's "invalid -X argument" line, the hint, exit 1.
void ExpectInvalidArgument(const char* option, std::initializer_list<const char*> bad) {
  for (const char* text : bad) {
    Options o;
    int code = -1;
    testing::internal::CaptureStderr();
    EXPECT_FALSE(Parse({"lzptrace", option, text, "ls"}, &o, &code));
    EXPECT_EQ(testing::internal::GetCapturedStderr(), std::string("lzptrace: invalid ") + option + " argument: '" + text +
                                                          "'\nTry 'lzptrace -h' for more information.\n");
    EXPECT_EQ(code, 1);
  }
}

// -X and --const-print-style: strace's three words, the last one given; for
// anything else (case matters, as in strace) strace's message naming the
// spelling used, and exit 1.
TEST(Options, ConstPrintStyleAsStrace) {
  struct Case {
    std::vector<std::string> args;
    ConstStyle style;
  };
  for (const Case& c : std::vector<Case>{
           {{"lzptrace", "ls"}, ConstStyle::kAbbrev},
           {{"lzptrace", "-X", "raw", "ls"}, ConstStyle::kRaw},
           {{"lzptrace", "-Xverbose", "ls"}, ConstStyle::kVerbose},
           {{"lzptrace", "-X", "raw", "-X", "abbrev", "ls"}, ConstStyle::kAbbrev},
           {{"lzptrace", "--const-print-style=verbose", "ls"}, ConstStyle::kVerbose},
           {{"lzptrace", "--const-print-style", "raw", "ls"}, ConstStyle::kRaw}}) {
    Options o;
    int code = -1;
    ASSERT_TRUE(Parse(c.args, &o, &code)) << c.args[1];
    EXPECT_EQ(o.const_style, c.style) << c.args[1] << " " << c.args[2];
  }
  ExpectInvalidArgument("-X", {"RAW", "foo", "", "raw,verbose"});
  ExpectInvalidArgument("--const-print-style", {"Verbose", "none", ""});
}

// One constant in each style, and the -X the printers read.
TEST(ConstStyle, StyledConstantInEachStyle) {
  ConstStyle word = ConstStyle::kAbbrev;
  EXPECT_TRUE(ParseConstStyle("verbose", &word));
  EXPECT_EQ(word, ConstStyle::kVerbose);
  EXPECT_FALSE(ParseConstStyle("abbreviated", &word));
  EXPECT_EQ(word, ConstStyle::kVerbose);  // unchanged by a bad word
  struct Case {
    ConstStyle style;
    const char* named;    // StyledConstant("0x2", "SEEK_END")
    const char* flags;    // FormatFlags("open", O_WRONLY|O_CREAT|0x40000000)
    const char* unknown;  // FormatFlags("whence", 0x4d)
    const char* split;    // FormatFlags("socktype", SOCK_STREAM|SOCK_CLOEXEC)
    const char* signal;   // FormatFlags("clone", CLONE_VM|CLONE_VFORK|SIGCHLD)
  };
  for (const Case& c : std::vector<Case>{
           {ConstStyle::kAbbrev, "SEEK_END", "O_WRONLY|O_CREAT|0x40000000", "0x4d /* SEEK_??? */",
            "SOCK_STREAM|SOCK_CLOEXEC", "CLONE_VM|CLONE_VFORK|SIGCHLD"},
           {ConstStyle::kRaw, "0x2", "0x40000041", "0x4d", "0x1|0x80000", "0x4100|17"},
           {ConstStyle::kVerbose, "0x2 /* SEEK_END */", "0x40000041 /* O_WRONLY|O_CREAT|0x40000000 */",
            "0x4d /* SEEK_??? */", "0x1 /* SOCK_STREAM */|0x80000 /* SOCK_CLOEXEC */",
            "0x4100 /* CLONE_VM|CLONE_VFORK */|17 /* SIGCHLD */"}}) {
    SetConstStyle(c.style);
    EXPECT_EQ(StyledConstant("0x2", "SEEK_END"), c.named);
    EXPECT_EQ(StyledConstant("7", ""), "7");  // no name: the number in every style
    EXPECT_EQ(FormatFlags("open", 0x40000041), c.flags);
    EXPECT_EQ(FormatFlags("whence", 0x4d), c.unknown);
    EXPECT_EQ(FormatFlags("socktype", 0x80001), c.split);
    EXPECT_EQ(FormatFlags("clone", 0x4111), c.signal);
    EXPECT_EQ(FlagNames("open", 0x8002), "O_RDWR|O_LARGEFILE");  // F_GETFL's annotation: names in every style
  }
  SetConstStyle(ConstStyle::kAbbrev);
}

// -I: by number or name, the last one given; strace's default (never for
// `-o FILE PROG`, else waiting), and its message for a bad level.
TEST(Options, InterruptibleAsStrace) {
  struct Case {
    std::vector<std::string> args;
    int level;
    bool quiet_attach;
  };
  for (const Case& c : std::vector<Case>{
           {{"lzptrace", "ls"}, 2, false},
           {{"lzptrace", "-o", "/tmp/x", "ls"}, 3, true},  // and quiet about detaching, as strace
           {{"lzptrace", "-o", "/tmp/x", "-e", "quiet=none", "ls"}, 3, false},
           {{"lzptrace", "-o", "/tmp/x", "-p", "1"}, 2, false},
           {{"lzptrace", "-I", "1", "-o", "/tmp/x", "ls"}, 1, true},
           {{"lzptrace", "-I", "never_tstp", "-I", "waiting", "ls"}, 2, false},
           {{"lzptrace", "--interruptible=4", "ls"}, 4, false},
           {{"lzptrace", "--interruptible=anywhere", "ls"}, 1, false}}) {
    Options o;
    int code = -1;
    ASSERT_TRUE(Parse(c.args, &o, &code)) << c.args[1];
    EXPECT_EQ(o.interruptible, c.level) << c.args[1] << " " << c.args[2];
    EXPECT_EQ(o.quiet_attach, c.quiet_attach) << c.args[1] << " " << c.args[2];
  }
  ExpectInvalidArgument("-I", {"0", "5", "foo", "22", ""});
}

// -D: counted up to 3, or --daemonize=grandchild|pgroup|pgrp|session, not
// both, only with a program; -I defaults to never_tstp then. strace's messages.
TEST(Options, DaemonizeAsStrace) {
  for (auto [args, level] : std::vector<std::pair<std::vector<std::string>, int>>{
           {{"lzptrace", "-D", "ls"}, 1},
           {{"lzptrace", "-DD", "ls"}, 2},
           {{"lzptrace", "-D", "-D", "-D", "ls"}, 3},
           {{"lzptrace", "--daemonize", "ls"}, 1},
           {{"lzptrace", "--daemonize=pgrp", "ls"}, 2},
           {{"lzptrace", "--daemonize=session", "ls"}, 3}}) {
    Options o;
    int code = -1;
    ASSERT_TRUE(Parse(args, &o, &code)) << args[1];
    EXPECT_EQ(o.daemonize, level) << args[1];
    EXPECT_EQ(o.interruptible, 4) << args[1];
  }
  for (auto [args, message] : std::vector<std::pair<std::vector<std::string>, std::string>>{
           {{"lzptrace", "-DDDD", "ls"}, "Too many -D's (4), maximum supported -D count is 3"},
           {{"lzptrace", "-D", "-p", "1"}, "PROG [ARGS] must be specified with -D/--daemonize"},
           {{"lzptrace", "--daemonize=foo", "ls"}, "invalid --daemonize argument: 'foo'"},
           {{"lzptrace", "-D", "--daemonize", "ls"}, "-D and --daemonize cannot be provided simultaneously"}}) {
    Options o;
    int code = -1;
    testing::internal::CaptureStderr();
    EXPECT_FALSE(Parse(args, &o, &code));
    EXPECT_EQ(testing::internal::GetCapturedStderr(), "lzptrace: " + message + "\nTry 'lzptrace -h' for more information.\n");
    EXPECT_EQ(code, 1);
  }
}

// -O: strace's time specification (no unit: microseconds), never negative.
TEST(Options, OverheadAsStrace) {
  for (auto [text, ns] : std::vector<std::pair<std::string, uint64_t>>{
           {"5", 5000}, {"0.5", 500}, {"2ms", 2000000}, {"1s", 1000000000}, {"250ns", 250}, {"1e3", 1000000}, {"0", 0}}) {
    Options o;
    int code = -1;
    ASSERT_TRUE(Parse({"lzptrace", "-c", "-O", text, "ls"}, &o, &code)) << text;
    EXPECT_EQ(o.overhead_ns, ns) << text;
  }
  Options o;
  int code = -1;
  ASSERT_TRUE(Parse({"lzptrace", "--summary-syscall-overhead=3us", "ls"}, &o, &code));
  EXPECT_EQ(o.overhead_ns, 3000u);
  ExpectInvalidArgument("-O", {"foo", "-1", "1x", "", "5 ms"});
}

// strace's long spellings: plain options and the -e qualifiers.
TEST(Options, LongOptionsAsStrace) {
  Options o;
  int code = -1;
  ASSERT_TRUE(Parse({"lzptrace", "--follow-forks", "--output=/tmp/x", "--string-limit=64", "--syscall-times",
                     "--trace=openat,close", "--status=failed", "--decode-fds=all", "--no-abbrev",
                     "--output-separately", "ls"},
                    &o, &code));
  EXPECT_EQ(o.follow_forks, 2);
  for (const char* kvm : {"-e", "--kvm"}) {  // -e kvm=vcpu: strace 6.1 takes that one value
    Options o2;
    std::vector<std::string> args = {"lzptrace", kvm, "kvm=vcpu", "ls"};
    if (std::string(kvm) == "--kvm") args = {"lzptrace", "--kvm=vcpu", "ls"};
    ASSERT_TRUE(Parse(args, &o2, &code)) << kvm;
    EXPECT_TRUE(o2.kvm_vcpu);
  }
  Options bad_kvm;
  testing::internal::CaptureStderr();
  EXPECT_FALSE(Parse({"lzptrace", "-e", "kvm=all", "ls"}, &bad_kvm, &code));
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "lzptrace: invalid -e kvm= argument: 'all'\n");
  Options summary;  // (strace takes -U only with -c or -C, and neither with -ff)
  ASSERT_TRUE(Parse({"lzptrace", "--summary", "--summary-columns=calls,name", "ls"}, &summary, &code));
  EXPECT_EQ(summary.summary_columns, (std::vector<std::string>{"calls", "name"}));
  EXPECT_EQ(o.output_file, "/tmp/x");
  EXPECT_EQ(o.string_limit, 64u);
  EXPECT_TRUE(o.durations);
  EXPECT_TRUE(o.filters.trace.test(SYS_openat));
  EXPECT_FALSE(o.filters.trace.test(SYS_read));
  EXPECT_EQ(o.filters.status, kStatusFailed);
  EXPECT_EQ(o.decode_fds, kDecodeAll);
  EXPECT_TRUE(o.verbose);
  Options bad;
  testing::internal::CaptureStderr();
  EXPECT_FALSE(Parse({"lzptrace", "--trace=nosuchcall", "ls"}, &bad, &code));
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "lzptrace: invalid system call 'nosuchcall'\n");
  EXPECT_EQ(code, 1);
  testing::internal::CaptureStdout();
  Options version;
  EXPECT_FALSE(Parse({"lzptrace", "-V"}, &version, &code));
  EXPECT_EQ(code, 0);
  EXPECT_EQ(testing::internal::GetCapturedStdout().rfind("lzptrace -- version ", 0), 0u);
}

// -e quiet=, decode-fds=, decode-pids= set options; bad values say which.
TEST(Options, QualifiersThatAreOptions) {
  Options o;
  int code = -1;
  ASSERT_TRUE(Parse({"lzptrace", "-e", "quiet=attach,exit", "-e", "decode-fds=path,socket", "-e", "decode-pids=comm", "ls"},
                    &o, &code));
  EXPECT_TRUE(o.quiet_attach);
  EXPECT_TRUE(o.quiet_exit);
  EXPECT_EQ(o.decode_fds, kDecodePath | kDecodeSocket);
  EXPECT_TRUE(o.pid_names);
  Options path_only;
  ASSERT_TRUE(Parse({"lzptrace", "--decode-fds", "-e", "quiet=!exit", "ls"}, &path_only, &code));
  EXPECT_EQ(path_only.decode_fds, kDecodePath);
  EXPECT_TRUE(path_only.quiet_attach);
  EXPECT_FALSE(path_only.quiet_exit);
  Options bad;
  testing::internal::CaptureStderr();
  EXPECT_FALSE(Parse({"lzptrace", "-e", "decode-fds=bogus", "ls"}, &bad, &code));
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "lzptrace: invalid decode-fds 'bogus'\n");
  EXPECT_EQ(code, 1);
}

TEST(Options, StackTracesWarnWithSummaryOnly) {
  Options o;
  int code = -1;
  testing::internal::CaptureStderr();
  EXPECT_TRUE(Parse({"lzptrace", "-c", "-k", "ls"}, &o, &code));
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "lzptrace: -k/--stack-traces has no effect with -c/--summary-only\n");
  EXPECT_FALSE(o.stack_trace);
  Options with_trace;
  EXPECT_TRUE(Parse({"lzptrace", "-C", "--stack-traces", "ls"}, &with_trace, &code));
  EXPECT_TRUE(with_trace.stack_trace);
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
  // Without captured data a path prints as its address; the mode only with O_CREAT.
  EXPECT_EQ(FormatCall(Record(SYS_openat, {static_cast<uint64_t>(-100), 0x1000, 0, 0644}, 0)),
            "openat(AT_FDCWD, 0x1000, O_RDONLY)");
  EXPECT_EQ(FormatCall(Record(SYS_openat, {5, 0, 0101 | 02000000, 0644}, 0)),
            "openat(5, NULL, O_WRONLY|O_CREAT|O_CLOEXEC, 0644)");
  EXPECT_EQ(FormatCall(Record(SYS_exit_group, {static_cast<uint64_t>(-1)}, 0)), "exit_group(-1)");
  EXPECT_EQ(FormatCall(Record(SYS_lseek, {static_cast<uint64_t>(-1), 17, 0}, 0)), "lseek(-1, 17, SEEK_SET)");
  EXPECT_EQ(FormatCall(Record(SYS_mmap, {0, 8192, 3, 0x22, static_cast<uint64_t>(-1), 0}, 0)),
            "mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)");
  EXPECT_EQ(FormatCall(Record(SYS_clone, {0x1200011, 0, 0, 0x7f00, 0}, 0)),
            "clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f00)");
  EXPECT_EQ(FormatCall(Record(SYS_socket, {1, 0xf | 02000000, 0}, 0)), "socket(AF_UNIX, SOCK_CLOEXEC|0xf, 0)");
  EXPECT_EQ(FormatCall(Record(1000, {1, 2, 3, 4, 5, 6}, 0)), "syscall_0x3e8(0x1, 0x2, 0x3, 0x4, 0x5, 0x6)");
  EXPECT_EQ(SignalLabel(9), "SIGKILL");
  EXPECT_EQ(SignalLabel(35), "SIGRT_3");
  EXPECT_EQ(SignalLabel(32), "SIGRTMIN");
}

// Builds a payload the way the interposer does: chunks of (arg, phase, bytes).
std::string Payload(std::initializer_list<std::tuple<int, int, std::string, int>> chunks) {
  std::string out;
  for (auto& [arg, phase, bytes, status] : chunks) {
    proto::CaptureChunk c{static_cast<uint8_t>(arg), static_cast<uint8_t>(phase), static_cast<uint8_t>(status), 0,
                          static_cast<uint32_t>(bytes.size())};
    out.append(reinterpret_cast<const char*>(&c), sizeof(c));
    out += bytes;
    out.append((8 - bytes.size() % 8) % 8, '\0');
  }
  return out;
}

std::string Line(const proto::SyscallRecord& rec, const std::string& payload, FormatOptions options = {}) {
  Captures captures;
  EXPECT_TRUE(captures.Parse(reinterpret_cast<const uint8_t*>(payload.data()), payload.size()));
  return FormatCall(rec, captures, options) + " " + FormatReturn(rec, captures, options);
}

TEST(Decode, StringsAndBuffersAsStrace) {
  EXPECT_EQ(Line(Record(SYS_openat, {static_cast<uint64_t>(-100), 0x1000, 02000000}, 3),
                 Payload({{1, proto::kAtEntry, "/etc/ld.so.cache", 0}})),
            "openat(AT_FDCWD, \"/etc/ld.so.cache\", O_RDONLY|O_CLOEXEC) = 3");
  EXPECT_EQ(Line(Record(SYS_write, {1, 0x1000, 3}, 3), Payload({{1, proto::kAtEntry, "hi\n", 0}})),
            "write(1, \"hi\\n\", 3) = 3");
  std::string elf = std::string("\177ELF\2\1\1\0", 8) + std::string(32, '\0');
  std::string zeros;
  for (int i = 0; i < 25; ++i) zeros += "\\0";  // 32 bytes shown: 7 + 25 NULs
  EXPECT_EQ(Line(Record(SYS_read, {3, 0x1000, 832}, 832), Payload({{1, proto::kAtExit, elf.substr(0, 33), 2}})),
            "read(3, \"\\177ELF\\2\\1\\1" + zeros + "\"..., 832) = 832");
  // A failed read's buffer is its address; an unreadable path too.
  EXPECT_EQ(Line(Record(SYS_read, {3, 0x1000, 10}, -9), ""), "read(3, 0x1000, 10) = -1 EBADF (Bad file descriptor)");
  EXPECT_EQ(Line(Record(SYS_openat, {static_cast<uint64_t>(-100), 0xdead, 0}, -14), Payload({{1, proto::kAtEntry, "", 1}})),
            "openat(AT_FDCWD, 0xdead, O_RDONLY) = -1 EFAULT (Bad address)");
  FormatOptions hex;
  hex.hex = 1;
  // -x: a C escape alone keeps the string readable; any other control byte turns it all to hex.
  EXPECT_EQ(Line(Record(SYS_write, {1, 0x1000, 3}, 3), Payload({{1, proto::kAtEntry, "a\nb", 0}}), hex),
            "write(1, \"a\\nb\", 3) = 3");
  EXPECT_EQ(Line(Record(SYS_write, {1, 0x1000, 3}, 3), Payload({{1, proto::kAtEntry, "a\1b", 0}}), hex),
            "write(1, \"\\x61\\x01\\x62\", 3) = 3");
}

TEST(Decode, StructsAsStrace) {
  std::string st(144, '\0');
  uint32_t mode = 0100644;
  int64_t size = 41931;
  std::memcpy(&st[24], &mode, 4);
  std::memcpy(&st[48], &size, 8);
  EXPECT_EQ(Line(Record(SYS_newfstatat, {3, 0x1000, 0x2000, 0x1000}, 0),
                 Payload({{1, proto::kAtEntry, "", 0}, {2, proto::kAtExit, st, 0}})),
            "newfstatat(3, \"\", {st_mode=S_IFREG|0644, st_size=41931, ...}, AT_EMPTY_PATH) = 0");
  uint64_t rlim[2] = {8192 * 1024, ~0ull};
  EXPECT_EQ(Line(Record(SYS_prlimit64, {0, 3, 0, 0x1000}, 0),
                 Payload({{3, proto::kAtExit, std::string(reinterpret_cast<char*>(rlim), 16), 0}})),
            "prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0");
  uint64_t act[4] = {0x55d3c8636dc0, 0x04000000, 0x7f06e531a050, ~0ull & ~(3ull << 31)};
  EXPECT_EQ(Line(Record(SYS_rt_sigaction, {17, 0x1000, 0, 8}, 0),
                 Payload({{1, proto::kAtEntry, std::string(reinterpret_cast<char*>(act), 32), 0}})),
            "rt_sigaction(SIGCHLD, {sa_handler=0x55d3c8636dc0, sa_mask=~[RTMIN RT_1], sa_flags=SA_RESTORER, "
            "sa_restorer=0x7f06e531a050}, NULL, 8) = 0");
  int status = 0;
  EXPECT_EQ(Line(Record(SYS_wait4, {static_cast<uint64_t>(-1), 0x1000, 0, 0}, 42),
                 Payload({{1, proto::kAtExit, std::string(reinterpret_cast<char*>(&status), 4), 0}})),
            "wait4(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 42");
  std::string un(110, '\0');
  un[0] = 1;
  std::memcpy(&un[2], "/var/run/nscd/socket", 20);
  EXPECT_EQ(Line(Record(SYS_connect, {3, 0x1000, 110}, -2), Payload({{1, proto::kAtEntry, un, 0}})),
            "connect(3, {sa_family=AF_UNIX, sun_path=\"/var/run/nscd/socket\"}, 110) = -1 ENOENT (No such file or directory)");
}

TEST(Decode, ResourceStructsAndFileTimes) {
  setenv("TZ", "UTC", 1);
  tzset();
  std::string fs(120, '\0');
  uint64_t unknown_magic = 0x12345678, bsize = 4096, flags = 0x21;
  std::memcpy(&fs[0], &unknown_magic, 8);
  std::memcpy(&fs[8], &bsize, 8);
  std::memcpy(&fs[80], &flags, 8);
  EXPECT_EQ(Line(Record(SYS_fstatfs, {5, 0x1000}, 0), Payload({{1, proto::kAtExit, fs, 0}})),
            "fstatfs(5, {f_type=0x12345678, f_bsize=4096, f_blocks=0, f_bfree=0, f_bavail=0, f_files=0, f_ffree=0, "
            "f_fsid={val=[0, 0]}, f_namelen=0, f_frsize=0, f_flags=ST_RDONLY|ST_VALID}) = 0");
  // Too short a copy prints the address, as any struct we cannot read.
  EXPECT_EQ(Line(Record(SYS_fstatfs, {5, 0x1000}, 0), Payload({{1, proto::kAtExit, fs.substr(0, 40), 0}})),
            "fstatfs(5, 0x1000) = 0");
  int64_t times[4] = {1700000000, 500, 3, (1 << 30) - 2};
  EXPECT_EQ(Line(Record(SYS_utimensat, {static_cast<uint64_t>(-100), 0, 0x1000, 0}, 0),
                 Payload({{2, proto::kAtEntry, std::string(reinterpret_cast<char*>(times), 32), 0}})),
            "utimensat(AT_FDCWD, NULL, [{tv_sec=1700000000, tv_nsec=500} /* 2023-11-14T22:13:20.000000500+0000 */, "
            "UTIME_OMIT], 0) = 0");
}

TEST(Decode, MsghdrFromUntrustedCopies) {
  std::string msg(56, '\0');
  uint64_t iov = 0x2000, iovlen = 1, control = 0x3000, controllen = 64;
  std::memcpy(&msg[16], &iov, 8);
  std::memcpy(&msg[24], &iovlen, 8);
  std::memcpy(&msg[32], &control, 8);
  std::memcpy(&msg[40], &controllen, 8);
  std::string cmsg(24, '\0');
  uint64_t huge = ~0ull;  // a cmsg_len the application scribbled: must not loop or read past the copy
  int32_t level = 1, type = 1, fd = 7;
  std::memcpy(&cmsg[0], &huge, 8);
  std::memcpy(&cmsg[8], &level, 4);
  std::memcpy(&cmsg[12], &type, 4);
  std::memcpy(&cmsg[16], &fd, 4);
  EXPECT_EQ(Line(Record(SYS_sendmsg, {3, 0x1000, 0}, 0),
                 Payload({{1, proto::kAtEntry, msg, 0}, {proto::kMsgControlArg, proto::kAtEntry, cmsg, 0}})),
            "sendmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=0x2000, msg_iovlen=1, msg_control=[{cmsg_len=18446744073709551615, "
            "cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[7, 0]}], msg_controllen=64, msg_flags=0}, 0) = 0");
  EXPECT_EQ(Line(Record(SYS_sendmsg, {3, 0x1000, 0}, 0), Payload({{1, proto::kAtEntry, msg.substr(0, 20), 0}})),
            "sendmsg(3, 0x1000, 0) = 0");
}

TEST(Decode, MalformedPayloadIsRejectedNotTrusted) {
  Captures captures;
  std::string bad = Payload({{1, proto::kAtEntry, "abc", 0}});
  uint32_t huge = 1u << 30;
  std::memcpy(&bad[4], &huge, 4);  // a length past the end
  EXPECT_FALSE(captures.Parse(reinterpret_cast<const uint8_t*>(bad.data()), bad.size()));
  std::string bad_arg = Payload({{12, proto::kAtEntry, "abc", 0}});
  EXPECT_FALSE(captures.Parse(reinterpret_cast<const uint8_t*>(bad_arg.data()), bad_arg.size()));
  std::string pair_fd_outside_fd_paths = Payload({{proto::kPairArg0, proto::kAtEntry, "abc", 0}});
  EXPECT_FALSE(captures.Parse(reinterpret_cast<const uint8_t*>(pair_fd_outside_fd_paths.data()),
                              pair_fd_outside_fd_paths.size()));
}

}  // namespace
}  // namespace lzp::cli

namespace lzp::cli {
namespace {

Filters Apply(std::initializer_list<const char*> expressions) {
  Filters f;
  for (const char* e : expressions) {
    std::string error;
    EXPECT_TRUE(ApplyExpression(e, &f, &error)) << e << ": " << error;
  }
  return f;
}

// %vdso is the vDSO's calls: "!%vdso" hides them and only them (a real
// getrandom syscall stays); "%vdso" shows them (under their syscall names).
TEST(Filter, VdsoClass) {
  Filters hidden = Apply({"trace=!%vdso"});
  EXPECT_FALSE(hidden.vdso);
  EXPECT_TRUE(hidden.trace.test(SYS_getrandom));
  EXPECT_TRUE(hidden.trace.test(SYS_clock_gettime));
  Filters hidden_too = Apply({"trace=!%vdso,getrandom"});
  EXPECT_FALSE(hidden_too.trace.test(SYS_getrandom));
  Filters only = Apply({"trace=%vdso"});
  EXPECT_TRUE(only.vdso);
  EXPECT_TRUE(only.trace.test(SYS_clock_gettime));
  EXPECT_FALSE(only.trace.test(SYS_read));
}

TEST(Filter, NamesClassesRegexAndNegation) {
  Filters f = Apply({"trace=openat,close"});
  EXPECT_TRUE(f.trace.test(SYS_openat));
  EXPECT_TRUE(f.trace.test(SYS_close));
  EXPECT_FALSE(f.trace.test(SYS_read));
  f = Apply({"!write"});  // no qualifier means trace=
  EXPECT_FALSE(f.trace.test(SYS_write));
  EXPECT_TRUE(f.trace.test(SYS_read));
  f = Apply({"trace=%file"});
  EXPECT_TRUE(f.trace.test(SYS_openat));
  EXPECT_TRUE(f.trace.test(SYS_execve));
  EXPECT_FALSE(f.trace.test(SYS_read));
  f = Apply({"trace=process"});  // legacy class spelling
  EXPECT_TRUE(f.trace.test(SYS_clone));
  f = Apply({"trace=/^get.id$"});
  EXPECT_TRUE(f.trace.test(SYS_getpid));
  EXPECT_TRUE(f.trace.test(SYS_getuid));
  EXPECT_FALSE(f.trace.test(SYS_getppid));
  f = Apply({"trace=close", "trace=read"});  // the last trace= wins, as in strace
  EXPECT_TRUE(f.trace.test(SYS_read));
  EXPECT_FALSE(f.trace.test(SYS_close));
  // Numbers without a name are in every set, as strace shows them whatever
  // trace= says (`syscall_0x1d6(...)`).
  std::bitset<512> unnamed;
  for (int nr = 0; nr < 512; ++nr) unnamed[nr] = lzp::table::SyscallByNumber(nr) == nullptr;
  ASSERT_GT(unnamed.count(), 0u);
  f = Apply({"trace=none"});
  EXPECT_EQ(f.trace, unnamed);
  f = Apply({"trace=?nosuchcall,close"});
  EXPECT_EQ(f.trace.count(), 1u + unnamed.count());
  EXPECT_TRUE(f.trace.test(SYS_close));
  f = Apply({"trace=%%stat"});
  EXPECT_TRUE(f.trace.test(SYS_newfstatat));
  EXPECT_TRUE(f.trace.test(SYS_lstat));
}

TEST(Filter, InjectionRules) {
  Filters f = Apply({"inject=openat,close:error=ENOENT:when=2..4+2", "fault=read", "inject=getppid:retval=7:signal=USR1:delay_enter=2ms"});
  ASSERT_EQ(f.injections.size(), 3u);
  EXPECT_TRUE(f.injections[0].syscalls.test(SYS_openat));
  EXPECT_EQ(f.injections[0].error, ENOENT);
  EXPECT_EQ(f.injections[0].first, 2u);
  EXPECT_EQ(f.injections[0].last, 4u);
  EXPECT_EQ(f.injections[0].step, 2u);
  EXPECT_EQ(f.injections[1].error, ENOSYS);  // fault= defaults to ENOSYS
  EXPECT_EQ(f.injections[2].retval, 7);
  EXPECT_EQ(f.injections[2].signal, SIGUSR1);
  EXPECT_EQ(f.injections[2].delay_enter_us, 2000u);
}

// strace 6.1's rewriting forms: poke_enter=/poke_exit= lists and syscall=.
TEST(Filter, InjectionRewrites) {
  Filters f = Apply({"inject=write:poke_enter=,@arg2=4142,,@arg1=00:poke_exit=@arg3=4g",
                     "inject=read:syscall=getpid:error=EIO", "fault=getppid:syscall=gettid"});
  ASSERT_EQ(f.injections.size(), 3u);
  const std::vector<InjectPoke>& pokes = f.injections[0].pokes;
  ASSERT_EQ(pokes.size(), 3u);
  EXPECT_EQ(pokes[0].arg, 2);
  EXPECT_EQ(pokes[0].bytes, (std::vector<uint8_t>{0x41, 0x42}));
  EXPECT_FALSE(pokes[0].at_exit);
  EXPECT_EQ(pokes[1].arg, 1);
  EXPECT_EQ(pokes[2].arg, 3);
  EXPECT_TRUE(pokes[2].at_exit);
  EXPECT_EQ(pokes[2].bytes, (std::vector<uint8_t>{0x04}));  // "%2hhx" reads "4g" as 4, as strace's does
  EXPECT_EQ(f.injections[0].replacement, -1);
  EXPECT_EQ(f.injections[1].replacement, SYS_getpid);
  EXPECT_EQ(f.injections[1].error, EIO);
  EXPECT_EQ(f.injections[2].replacement, SYS_gettid);
  EXPECT_EQ(f.injections[2].error, ENOSYS);
  std::string long_hex(2 * 1024, 'a');
  EXPECT_EQ(Apply({("inject=write:poke_enter=@arg2=" + long_hex).c_str()}).injections[0].pokes[0].bytes.size(), 1024u);
}

// What strace 6.1 refuses, lzptrace refuses with its words.
TEST(Filter, InjectionRewritesRefused) {
  std::string too_long = "write:poke_enter=@arg2=" + std::string(2 * 1025, 'a');
  for (std::string value : {"write:syscall=getpid", "write:syscall=write:retval=1", "write:syscall=39:retval=1",
                            "write:syscall=nosuch:retval=1", "write:syscall=getpid:syscall=getpid:retval=1",
                            "write:poke_enter=@arg2=4", "write:poke_enter=@arg2=", "write:poke_enter=@arg2=zz",
                            "write:poke_enter=arg2=41", "write:poke_enter=@ARG2=41", "write:poke_enter=@arg0=41",
                            "write:poke_enter=@arg8=41", "write:poke_enter=@arg02=41", "write:poke_enter=@arg2=41@arg2=42",
                            "write:poke_enter=@arg2=41,@arg2=42", "write:poke_enter=@arg2=G4", "write:poke_exit=",
                            "write:poke_enter=,", "write:poke_enter=@arg2=41:poke_enter=@arg3=41",
                            "write:poke_enter=@arg2=41:error=EIO:retval=2", too_long.c_str()}) {
    Filters f;
    std::string error;
    EXPECT_FALSE(ApplyExpression("inject=" + value, &f, &error)) << value;
    EXPECT_EQ(error, "invalid inject argument '" + value + "'");
  }
  Filters f;
  std::string error;
  EXPECT_FALSE(ApplyExpression("fault=write:poke_enter=@arg2=41", &f, &error));
  EXPECT_EQ(error, "invalid fault argument 'write:poke_enter=@arg2=41'");
}

// As in strace, poke data has a ceiling; lzptrace's is on all rules together, said when passed.
TEST(Filter, PokeDataBudget) {
  Filters f;
  std::string error, kib = std::string(2 * 1024, 'a');
  std::string rule = "inject=write:poke_enter=@arg1=" + kib + ",@arg2=" + kib + ",@arg3=" + kib + ",@arg4=" + kib +
                     ",@arg5=" + kib + ",@arg6=" + kib;
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(ApplyExpression(rule, &f, &error)) << error;
  EXPECT_FALSE(ApplyExpression(rule, &f, &error));
  EXPECT_EQ(error, "at most 24576 bytes of poke data in all -e inject= rules");
}

TEST(Filter, SignalsAndStatus) {
  Filters f = Apply({"signal=!SIGCHLD,USR1"});
  EXPECT_FALSE(f.signals.test(SIGCHLD));
  EXPECT_FALSE(f.signals.test(SIGUSR1));
  EXPECT_TRUE(f.signals.test(SIGTERM));
  f = Apply({"status=failed,unfinished"});
  EXPECT_EQ(f.status, kStatusFailed | kStatusUnfinished);
  f = Apply({"status=!successful"});
  EXPECT_EQ(f.status & kStatusSuccessful, 0u);
}

TEST(Filter, MalformedExpressionsGiveStraceMessages) {
  auto Error = [](const char* e) {
    Filters f;
    std::string error;
    EXPECT_FALSE(ApplyExpression(e, &f, &error)) << e;
    return error;
  };
  EXPECT_EQ(Error("trace=foo"), "invalid system call 'foo'");
  EXPECT_EQ(Error("trace=%foo"), "invalid system call '%foo'");
  EXPECT_EQ(Error("foo=bar"), "invalid system call 'foo=bar'");
  EXPECT_EQ(Error("trace=/["), "regcomp: [: Invalid regular expression");
  EXPECT_EQ(Error("status=bogus"), "invalid status 'bogus'");
  EXPECT_EQ(Error("signal=bogus"), "invalid signal 'bogus'");
  EXPECT_EQ(Error("signal=99"), "invalid signal '99'");
  EXPECT_EQ(Error("read=abc"), "invalid descriptor 'abc' in read=");
  EXPECT_EQ(Error("inject=open:error=EFOO"), "invalid inject argument 'open:error=EFOO'");
  EXPECT_EQ(Error("inject=open"), "invalid inject argument 'open'");
  EXPECT_EQ(Error("fault=open:retval=1"), "invalid fault argument 'open:retval=1'");
  EXPECT_EQ(Error("inject=open:error=ENOENT:when=0"), "invalid inject argument 'open:error=ENOENT:when=0'");
  EXPECT_EQ(Error("trace="), "invalid system call ''");
}

// --handler's version check: a library built for another handler ABI is
// refused with a message naming both versions; a current one is accepted
// (with its absolute path); a library that is no handler is named as such.
TEST(HandlerLibrary, AbiVersionIsChecked) {
  std::string absolute, error;
  EXPECT_FALSE(CheckHandlerLibrary("examples/libwrong_abi.so", &absolute, &error));
  EXPECT_EQ(error, "handler 'examples/libwrong_abi.so' was built for handler ABI 2, this lzptrace speaks ABI 1: "
                   "rebuild it with this lzptrace's lzptrace/handler.h");
  EXPECT_EQ(SpokenHandlerAbi(), 1u);
  ASSERT_TRUE(CheckHandlerLibrary("examples/liballow_all.so", &absolute, &error)) << error;
  EXPECT_EQ(absolute.front(), '/');
  EXPECT_EQ(absolute.substr(absolute.size() - 24), "examples/liballow_all.so");
  EXPECT_FALSE(CheckHandlerLibrary("/lib/x86_64-linux-gnu/libm.so.6", &absolute, &error));
  EXPECT_EQ(error, "'/lib/x86_64-linux-gnu/libm.so.6' is not an lzptrace handler: it defines no lzptrace_handler_abi "
                   "(see LZPTRACE_HANDLER in lzptrace/handler.h)");
  EXPECT_EQ(AuditLibraries("/i.so", {"/a.so", "/b.so"}), "/i.so:/a.so:/b.so");
}

}  // namespace
}  // namespace lzp::cli
