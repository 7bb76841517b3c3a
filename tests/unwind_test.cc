// tests/unwind_test.cc — -k's offline unwinder (cli/unwind/) on this very
// process: a snapshot of our own registers and stack, unwound against our own
// /proc/self/maps, must name the functions that are really on the stack; and
// damaged inputs (files, maps lines, snapshots) must never crash it.
#include <fcntl.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "cli/unwind/elf_image.h"
#include "cli/unwind/stack_unwinder.h"
#include "tests/test_support.h"
#include "tracer/capture_format.h"

namespace lzp::cli {
namespace {

std::string ReadLink(const char* path) {
  char buf[4096];
  ssize_t n = readlink(path, buf, sizeof(buf));
  return n > 0 ? std::string(buf, static_cast<size_t>(n)) : "";
}

std::string ExecutableMaps() {
  std::ifstream in("/proc/self/maps");
  std::string line, out;
  while (std::getline(in, line))
    if (line.size() > 20 && line.find(" r-xp ") != std::string::npos && line.find(" /") != std::string::npos)
      out += line + "\n";
  return out;
}

// How many bytes above `sp` are mapped (within its mapping).
uint64_t StackRoom(uint64_t sp) {
  std::ifstream in("/proc/self/maps");
  std::string line;
  while (std::getline(in, line)) {
    unsigned long long start, end;
    if (std::sscanf(line.c_str(), "%llx-%llx", &start, &end) == 2 && sp >= start && sp < end) return end - sp;
  }
  return 0;
}

// Copies raw stack bytes, redzones and all, as the tracee's snapshot does (a
// plain memcpy is a stack-buffer-underflow to ASan under --config=asan).
__attribute__((no_sanitize_address, noinline)) void CopyStack(const volatile char* from, uint64_t n, std::string* to) {
  size_t at = to->size();
  to->resize(at + n);
  for (uint64_t i = 0; i < n; ++i) (*to)[at + i] = from[i];
}

__attribute__((noinline)) std::string UnwindHere(StackUnwinder& unwinder) {
  proto::StackSnapshot regs;
  asm volatile(
      "lea 0(%%rip), %%rax\n\tmov %%rax, %0\n\tmov %%rsp, %1\n\tmov %%rbp, %2\n\tmov %%rbx, %3\n\t"
      "mov %%r12, %4\n\tmov %%r13, %5\n\tmov %%r14, %6\n\tmov %%r15, %7"
      : "=m"(regs.rip), "=m"(regs.rsp), "=m"(regs.rbp), "=m"(regs.rbx), "=m"(regs.r12), "=m"(regs.r13),
        "=m"(regs.r14), "=m"(regs.r15)
      :
      : "rax");
  uint64_t n = std::min<uint64_t>(proto::kStackSnapshotBytes, StackRoom(regs.rsp));
  std::string snapshot(reinterpret_cast<const char*>(&regs), sizeof(regs));
  CopyStack(reinterpret_cast<const volatile char*>(regs.rsp), n, &snapshot);
  unwinder.SetCodeMaps(getpid(), ExecutableMaps());
  return unwinder.Backtrace(getpid(), snapshot);
}

__attribute__((noinline)) std::string CallerOfUnwindHere(StackUnwinder& unwinder) {
  std::string s = UnwindHere(unwinder);
  asm volatile("" ::: "memory");  // not a tail call
  return s;
}

TEST(StackUnwinder, NamesTheFunctionsOnOurOwnStack) {
  StackUnwinder unwinder;
  std::string trace = CallerOfUnwindHere(unwinder);
  std::istringstream lines(trace.substr(trace.find('\n') + 1));
  std::string first, second;
  std::getline(lines, first);
  std::getline(lines, second);
  std::string self = ReadLink("/proc/self/exe");
  // C++ names demangled, as strace prints them.
  EXPECT_EQ(first.rfind(" > " + self + "(lzp::cli::(anonymous namespace)::UnwindHere(lzp::cli::StackUnwinder&)+0x", 0), 0u)
      << trace;
  EXPECT_EQ(second.rfind(" > " + self + "(lzp::cli::(anonymous namespace)::CallerOfUnwindHere(lzp::cli::StackUnwinder&)+0x", 0),
            0u)
      << trace;
  EXPECT_NE(trace.find("(main+0x"), std::string::npos) << trace;
  EXPECT_NE(trace.find("libc.so.6(__libc_start_main+0x"), std::string::npos) << trace;
}

TEST(StackUnwinder, SurvivesGarbage) {
  StackUnwinder unwinder;
  std::mt19937_64 random(42);
  unwinder.SetCodeMaps(1, "not a maps line\n0-0 r-xp 0 0:0 0 /\nffff-1 r-xp zz 0:0 0 /etc/passwd\n");
  unwinder.SetCodeMaps(2, ExecutableMaps());
  for (int round = 0; round < 200; ++round) {
    std::string snapshot(static_cast<size_t>(random() % 600), '\0');
    for (char& c : snapshot) c = static_cast<char>(random());
    if (round % 2 && snapshot.size() >= 8) {  // a plausible rip now and then
      uint64_t rip = reinterpret_cast<uint64_t>(&UnwindHere) + random() % 64;
      std::memcpy(snapshot.data(), &rip, 8);
    }
    std::string trace = unwinder.Backtrace(round % 3 == 0 ? 1 : 2, snapshot);
    EXPECT_EQ(trace.rfind("\n > ", 0), 0u);
  }
  EXPECT_EQ(unwinder.Backtrace(3, "short"), "\n > backtracing_error");
}

TEST(ElfImage, RefusesWhatIsNotAnElfFileAndSurvivesDamagedOnes) {
  EXPECT_EQ(ElfImage::Open("/etc/passwd"), nullptr);
  EXPECT_EQ(ElfImage::Open("/nonexistent"), nullptr);
  std::string self = test::ReadFile("/proc/self/exe");
  ASSERT_GT(self.size(), 4096u);
  std::mt19937_64 random(7);
  std::string path = test::TempPath("damaged-elf");
  for (int round = 0; round < 100; ++round) {
    std::string copy = self.substr(0, round % 4 == 0 ? random() % 8192 : self.size());
    for (int i = 0; i < 64 && !copy.empty(); ++i) copy[random() % std::min<size_t>(copy.size(), 4096)] = static_cast<char>(random());
    { std::ofstream(path, std::ios::binary | std::ios::trunc) << copy; }
    auto image = ElfImage::Open(path);
    if (image) {
      uint64_t v = 0;
      image->Read(random(), &v, 8);
      image->SymbolFor(random());
      image->PageVaddrForFileOffset(random() % 65536);
    }
  }
  unlink(path.c_str());
}

TEST(ElfImage, FindsSymbolsSegmentsAndTheUnwindTable) {
  auto image = ElfImage::Open(ReadLink("/proc/self/exe"));
  ASSERT_NE(image, nullptr);
  ASSERT_TRUE(image->eh_frame_hdr().has_value());
  EXPECT_GT(image->eh_frame_hdr()->fde_count, 10u);
  EXPECT_LT(image->text_start(), image->text_end());
  auto page = image->PageVaddrForFileOffset(0);  // the first segment holds the ELF header
  ASSERT_TRUE(page.has_value());
  uint8_t magic[4];
  ASSERT_TRUE(image->Read(*page, magic, 4));
  EXPECT_EQ(std::memcmp(magic, "\x7f" "ELF", 4), 0);
}

}  // namespace
}  // namespace lzp::cli
