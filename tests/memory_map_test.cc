// tests/memory_map_test.cc — tracer/memory_map.h: the protections the
// interposer restores after rewriting a syscall site. The kernel's answer
// through PROCMAP_QUERY must be the one the text of /proc/self/maps gives,
// for every kind of mapping a site can be in (and for none at all).
#include <sys/mman.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "tracer/memory_map.h"

namespace lzp {
namespace {

constexpr size_t kPage = 4096;

uint64_t Address(const void* p) { return reinterpret_cast<uint64_t>(p); }

// A fresh three-page mapping whose middle page has `prot`, between pages
// with other protections (so a lookup that took a neighbour would differ).
struct Sandwich {
  explicit Sandwich(int prot) {
    base = static_cast<uint8_t*>(mmap(nullptr, 3 * kPage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    if (base == MAP_FAILED) return;
    mprotect(base, kPage, PROT_READ);
    mprotect(base + kPage, kPage, prot);
  }
  ~Sandwich() {
    if (base != MAP_FAILED) munmap(base, 3 * kPage);
  }
  uint64_t Middle() const { return Address(base + kPage + 123); }
  uint8_t* base;
};

TEST(MemoryMapTest, EveryProtectionIsTheOneTheTextGives) {
  const int kProts[] = {PROT_NONE, PROT_READ, PROT_READ | PROT_WRITE, PROT_READ | PROT_EXEC, PROT_EXEC,
                        PROT_READ | PROT_WRITE | PROT_EXEC, PROT_WRITE};
  for (int prot : kProts) {
    Sandwich s(prot);
    ASSERT_NE(s.base, MAP_FAILED);
    int expected = ProtectionAtFromText(s.Middle());
    EXPECT_EQ(ProtectionAt(s.Middle()), expected) << "prot " << prot;
    // Both report the mapping's own bits (PROT_WRITE alone is "-w-", though
    // x86 lets it be read); execute-only may read "r-x" on a CPU without
    // protection keys.
    if (prot != PROT_EXEC) EXPECT_EQ(expected, prot) << "prot " << prot;
  }
}

TEST(MemoryMapTest, CodeStackAndDataAgree) {
  static int data = 1;
  int local = 0;
  for (uint64_t addr : {Address(reinterpret_cast<void*>(&ProtectionAt)), Address(&data), Address(&local)})
    EXPECT_EQ(ProtectionAt(addr), ProtectionAtFromText(addr)) << std::hex << addr;
  EXPECT_EQ(ProtectionAt(Address(reinterpret_cast<void*>(&ProtectionAt))), PROT_READ | PROT_EXEC);
  EXPECT_EQ(ProtectionAt(Address(&local)), PROT_READ | PROT_WRITE);
}

TEST(MemoryMapTest, NothingMappedIsMinusOne) {
  uint8_t* hole = static_cast<uint8_t*>(mmap(nullptr, kPage, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
  ASSERT_NE(hole, MAP_FAILED);
  munmap(hole, kPage);
  EXPECT_EQ(ProtectionAtFromText(Address(hole)), -1);
  EXPECT_EQ(ProtectionAt(Address(hole)), -1);
  EXPECT_EQ(ProtectionAt(0x10), -1);  // page 0 (nothing maps it in this test)
}

}  // namespace
}  // namespace lzp
