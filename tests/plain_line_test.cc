// tests/plain_line_test.cc — the printer's plain lines (cli/print/plain_line.h)
// and the number writers under them (cli/print/append_text.h) against the
// general path they stand in for: for every syscall in the table, records
// with many argument and result values, under several option sets; a line
// the plain writer takes must be byte-identical to AppendCall + padding +
// AppendReturn (and its parts for the -f interleaver split where the
// general path splits them), and the shapes it must refuse are refused.
#include <sys/syscall.h>
#include <time.h>

#include <bitset>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "cli/print/append_text.h"
#include "cli/print/captures.h"
#include "cli/print/plain_line.h"
#include "cli/print/syscall_format.h"
#include "syscalltable/tables.h"
#include "tracer/capture_format.h"

namespace lzp::cli {
namespace {

TEST(AppendText, WritersMatchFmt) {
  std::vector<uint64_t> values = {0, 1, ~uint64_t{0}, uint64_t{1} << 63};
  for (uint64_t p = 1, i = 0; i < 20; ++i, p *= 10)
    for (int d = -2; d <= 2; ++d) values.push_back(p + static_cast<uint64_t>(d));
  for (int b = 0; b < 64; ++b)
    for (int d = -1; d <= 1; ++d) values.push_back((uint64_t{1} << b) + static_cast<uint64_t>(d));
  for (uint64_t v : values) {
    std::string u, s, h;
    AppendUnsigned(u, v);
    AppendSigned(s, static_cast<int64_t>(v));
    AppendHex0x(h, v);
    EXPECT_EQ(u, fmt::format("{}", v));
    EXPECT_EQ(s, fmt::format("{}", static_cast<int64_t>(v)));
    EXPECT_EQ(h, fmt::format("{:#x}", v));
    EXPECT_EQ(DecimalDigits(v), static_cast<int>(u.size()));
  }
}

// A payload with one 16-byte struct (a timespec's or timeval's) as argument
// `arg`'s capture in `phase`.
std::string StructPayload(int arg, uint8_t phase, int64_t seconds, uint64_t fraction) {
  proto::CaptureChunk chunk{};
  chunk.arg = static_cast<uint8_t>(arg);
  chunk.phase = phase;
  chunk.length = 16;
  std::string out(reinterpret_cast<const char*>(&chunk), sizeof(chunk));
  out.append(reinterpret_cast<const char*>(&seconds), 8);
  out.append(reinterpret_cast<const char*>(&fraction), 8);
  return out;
}

// What the general path prints for the call and result, padded as the printer pads.
std::string GeneralLine(const proto::SyscallRecord& rec, const Captures& captures, const FormatOptions& options,
                        size_t column) {
  std::string line;
  AppendCall(line, rec, captures, options);
  line += ' ';
  if (line.size() < column) line.append(column - line.size(), ' ');
  AppendReturn(line, rec, captures, options);
  return line;
}

// Every syscall, many values: the plain lines taken must equal the general ones.
void CheckAllSyscalls(const FormatOptions& options, size_t column, int* taken) {
  PlainLines plain(options);
  std::mt19937_64 random(42);
  const uint64_t interesting[] = {0, 1, 3, 0xffffffff, ~uint64_t{0}, static_cast<uint64_t>(-100), 0x7f0012345678,
                                  uint64_t{1} << 31, 4096, static_cast<uint64_t>(-1)};
  const int64_t results[] = {0, 1, 4096, -2, -9, -512, -516, -4095, -4096, 0x7f0012340000, -1};
  for (int nr = 0; nr < table::kSyscallCount; ++nr) {
    if (table::SyscallByNumber(nr) == nullptr) continue;
    for (int round = 0; round < 40; ++round) {
      proto::SyscallRecord rec{};
      rec.nr = static_cast<uint64_t>(nr);
      for (uint64_t& a : rec.args) a = round % 2 ? interesting[random() % std::size(interesting)] : random() >> (random() % 64);
      rec.ret = results[random() % std::size(results)];
      std::string payload;
      if (round % 3 == 0)  // a struct at entry or exit for whichever argument takes one
        payload = StructPayload(static_cast<int>(random() % 6), round % 2 ? proto::kAtExit : proto::kAtEntry,
                                static_cast<int64_t>(random()) >> (random() % 64), random() >> (random() % 64));
      Captures captures;
      ASSERT_TRUE(captures.Parse(reinterpret_cast<const uint8_t*>(payload.data()), payload.size()));
      std::string buffer(plain.Bound(rec.nr) + column, '\0');
      char* end = plain.Write(buffer.data(), buffer.data(), column, rec, captures);
      if (end == nullptr) continue;
      ++*taken;
      EXPECT_EQ(std::string(buffer.data(), end), GeneralLine(rec, captures, options, column)) << "syscall " << nr;
      // The interleaver's parts: split where the general path splits its arguments.
      size_t split = 0;
      char* call_end = plain.WriteCall(buffer.data(), rec, captures, &split);
      ASSERT_NE(call_end, nullptr);
      size_t at_entry = 0;
      std::vector<std::string> args = FormatArguments(rec, captures, options, &at_entry);
      std::string head = SyscallName(rec.nr) + "(", tail;
      for (size_t i = 0; i < args.size(); ++i) (i < at_entry ? head : tail) += args[i] + (i + 1 < args.size() ? ", " : "");
      EXPECT_EQ(std::string(buffer.data(), split), head) << "syscall " << nr;
      EXPECT_EQ(std::string(buffer.data() + split, call_end), tail + ")") << "syscall " << nr;
    }
  }
}

TEST(PlainLines, SameTextAsTheGeneralPath) {
  int taken = 0;
  FormatOptions options;
  CheckAllSyscalls(options, 40, &taken);
  CheckAllSyscalls(options, 0, &taken);
  options.hex = 2;  // -xx: strings only, plain lines are unchanged
  options.verbose = true;
  CheckAllSyscalls(options, 100, &taken);
  std::bitset<512> no_structs;  // -e verbose=none: structs as addresses
  options.decoded = &no_structs;
  CheckAllSyscalls(options, 40, &taken);
  EXPECT_GT(taken, 10000);  // the common shapes were written plain, not all refused
}

TEST(PlainLines, RefusesWhatTheGeneralPathPrintsOtherwise) {
  FormatOptions options;
  PlainLines plain(options);
  Captures none;
  char buffer[4096];
  auto write = [&](const proto::SyscallRecord& rec, const Captures& captures = Captures()) {
    char* end = plain.Write(buffer, buffer, 40, rec, captures);
    return end ? std::string(buffer, end) : std::string("(refused)");
  };
  proto::SyscallRecord rec{};
  rec.nr = SYS_getppid;
  rec.ret = 1234;
  EXPECT_EQ(write(rec), "getppid()                               = 1234");
  rec.flags = proto::kNoReturn;
  EXPECT_EQ(write(rec), "(refused)");
  rec.flags = proto::kInjected;
  EXPECT_EQ(write(rec), "(refused)");
  rec = {};
  rec.nr = SYS_clock_gettime;
  rec.args[0] = CLOCK_MONOTONIC;
  rec.args[1] = 0x7ffd1000;
  std::string payload = StructPayload(1, proto::kAtExit, 12, 345);
  Captures ts;
  ASSERT_TRUE(ts.Parse(reinterpret_cast<const uint8_t*>(payload.data()), payload.size()));
  EXPECT_EQ(write(rec, ts), "clock_gettime(CLOCK_MONOTONIC, {tv_sec=12, tv_nsec=345}) = 0");
  rec.args[0] = 77;  // no name: "77 /* CLOCK_??? */" is the general path's
  EXPECT_EQ(write(rec, ts), "(refused)");
  rec.nr = SYS_openat;  // a path argument
  EXPECT_EQ(write(rec), "(refused)");
  options.decode_fds = 1;  // -y: fds carry their paths
  PlainLines with_paths(options);
  rec = {};
  rec.nr = SYS_close;
  rec.args[0] = 3;
  EXPECT_EQ(with_paths.Write(buffer, buffer, 40, rec, none), nullptr);
}

}  // namespace
}  // namespace lzp::cli
