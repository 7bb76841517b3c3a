// tests/syscall_table_test.cc — the data tables against the system headers.
#include <sys/syscall.h>

#include <cerrno>
#include <cstring>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "syscalltable/tables.h"

namespace lzp::table {
namespace {

struct NameAndNumber { const char* name; long number; };
const NameAndNumber kFromHeaders[] = {
#include "syscalltable/syscall_numbers_check.inc"
};

TEST(SyscallTable, EveryNumberMatchesSysSyscallH) {
  int checked = 0;
  for (const NameAndNumber& s : kFromHeaders) {
    const SyscallInfo* info = SyscallByNumber(static_cast<uint64_t>(s.number));
    ASSERT_NE(info, nullptr) << s.name;
    EXPECT_STREQ(info->name, s.name) << "number " << s.number;
    ++checked;
  }
  EXPECT_GE(checked, 360);
}

TEST(SyscallTable, CoversTheNewestSyscallInTheHeaders) {
  EXPECT_EQ(kSyscallCount - 1, SYS_set_mempolicy_home_node);
  EXPECT_EQ(SyscallNumberByName("openat"), SYS_openat);
  EXPECT_EQ(SyscallNumberByName("clone3"), SYS_clone3);
  EXPECT_EQ(SyscallNumberByName("no_such_call"), -1);
}

TEST(SyscallTable, NamesAreUniqueAndArgumentsWellFormed) {
  std::set<std::string> names;
  for (int nr = 0; nr < kSyscallCount; ++nr) {
    const SyscallInfo& s = kSyscalls[nr];
    if (s.name == nullptr) continue;
    EXPECT_TRUE(names.insert(s.name).second) << s.name;
    ASSERT_LE(s.nargs, 6) << s.name;
    for (int i = 0; i < s.nargs; ++i) {
      const ArgInfo& a = s.args[i];
      ASSERT_NE(a.name, nullptr) << s.name;
      bool needs_param = a.kind == ArgKind::InBuf || a.kind == ArgKind::OutBuf || a.kind == ArgKind::InIovec ||
                         a.kind == ArgKind::OutIovec || a.kind == ArgKind::AddrIovec;
      if (needs_param) {
        EXPECT_GE(a.param, 0) << s.name << " " << a.name;
        EXPECT_LT(a.param, s.nargs) << s.name << " " << a.name;
      }
      bool needs_table = a.kind == ArgKind::Flags || a.kind == ArgKind::Enum || a.kind == ArgKind::InStruct ||
                         a.kind == ArgKind::OutStruct || a.kind == ArgKind::InOutStruct || a.kind == ArgKind::Remaining;
      EXPECT_EQ(needs_table, a.table != nullptr) << s.name << " " << a.name;
    }
  }
}

TEST(SyscallTable, KnownSignaturesAndClasses) {
  const SyscallInfo* openat = SyscallByNumber(SYS_openat);
  ASSERT_NE(openat, nullptr);
  EXPECT_EQ(openat->nargs, 4);
  EXPECT_EQ(openat->ret, RetKind::Fd);
  EXPECT_EQ(openat->args[0].kind, ArgKind::DirFd);
  EXPECT_EQ(openat->args[1].kind, ArgKind::Path);
  EXPECT_STREQ(openat->args[2].table, "open");
  EXPECT_TRUE(openat->classes & kFile);
  EXPECT_TRUE(openat->classes & kDesc);
  const SyscallInfo* read = SyscallByNumber(SYS_read);
  EXPECT_EQ(read->args[1].kind, ArgKind::OutBuf);
  EXPECT_EQ(read->args[1].param, 2);
  EXPECT_EQ(SyscallByNumber(SYS_exit_group)->ret, RetKind::NoReturn);
  EXPECT_TRUE(SyscallByNumber(SYS_getpid)->classes & kPure);
  EXPECT_TRUE(SyscallByNumber(SYS_mmap)->classes & kMemory);
  EXPECT_TRUE(SyscallByNumber(SYS_fstat)->classes & kFstat);
  EXPECT_EQ(SyscallByNumber(400), nullptr);  // unassigned on x86-64
}

// Each argument carries the kernel's type; the CLI reads only its bits.
TEST(SyscallTable, KernelArgumentTypes) {
  const SyscallInfo* creat = SyscallByNumber(SYS_creat);
  EXPECT_EQ(creat->args[1].type, ArgType::Uint16);  // umode_t
  EXPECT_EQ(creat->args[0].type, ArgType::Uint64);  // a pointer
  const SyscallInfo* close_range = SyscallByNumber(SYS_close_range);
  EXPECT_EQ(close_range->args[0].type, ArgType::Uint32);
  EXPECT_EQ(close_range->args[2].type, ArgType::Uint32);
  EXPECT_EQ(SyscallByNumber(SYS_dup3)->args[2].type, ArgType::Int32);
  // mmap's flags are an unsigned long to the kernel, but strace 6.1 prints 32 bits
  // ("MAP_SHARED" for 0xdefaced00000001): the table follows strace.
  EXPECT_EQ(SyscallByNumber(SYS_mmap)->args[3].type, ArgType::Uint32);
  EXPECT_EQ(SyscallByNumber(SYS_kill)->args[0].type, ArgType::Int32);   // pid_t
  EXPECT_EQ(SyscallByNumber(SYS_lseek)->args[1].type, ArgType::Int64);  // off_t

  constexpr uint64_t kJunk = 0xdefaced00000000;
  EXPECT_EQ(KernelBits(ArgType::Uint16, kJunk | 0xffff0000), 0u);
  EXPECT_EQ(KernelBits(ArgType::Uint32, kJunk | 0xfffffffe), 0xfffffffeu);
  EXPECT_EQ(KernelSigned(ArgType::Int32, kJunk | 0xfffffffb), -5);
  EXPECT_EQ(KernelSigned(ArgType::Uint32, kJunk | 0xfffffffb), 0xfffffffb);
  EXPECT_EQ(KernelSigned(ArgType::Int64, ~uint64_t{0}), -1);
  EXPECT_EQ(KernelBits(ArgType::Uint64, kJunk | 1), kJunk | 1);
  // Every kind that is not a plain number or a pointer names a 32-bit or
  // smaller type unless the kernel reads a long there.
  for (int nr = 0; nr < kSyscallCount; ++nr) {
    const SyscallInfo* s = SyscallByNumber(nr);
    if (s == nullptr) continue;
    for (int i = 0; i < s->nargs; ++i) {
      ArgKind k = s->args[i].kind;
      if (k == ArgKind::Fd || k == ArgKind::DirFd || k == ArgKind::Pid || k == ArgKind::Uid || k == ArgKind::Gid ||
          k == ArgKind::Signal || k == ArgKind::ClockId)
        EXPECT_TRUE(s->args[i].type == ArgType::Int32 || s->args[i].type == ArgType::Uint32) << s->name << " " << i;
      if (k == ArgKind::Path || k == ArgKind::InStruct || k == ArgKind::OutBuf)
        EXPECT_EQ(s->args[i].type, ArgType::Uint64) << s->name << " " << i;
    }
  }
}

TEST(ErrnoTable, MatchesLibc) {
  for (int e = 1; e < 134; ++e) {
    const ErrnoInfo* info = ErrnoByNumber(e);
    if (strerrorname_np(e) == nullptr) continue;
    ASSERT_NE(info, nullptr) << e;
    EXPECT_STREQ(info->name, strerrorname_np(e));
    EXPECT_STREQ(info->message, strerror(e));
  }
  ASSERT_NE(ErrnoByNumber(512), nullptr);
  EXPECT_STREQ(ErrnoByNumber(512)->name, "ERESTARTSYS");
  EXPECT_STREQ(ErrnoByNumber(512)->message, "To be restarted if SA_RESTART is set");
}

TEST(SignalTable, NamesAndNumbers) {
  EXPECT_STREQ(SignalName(9), "SIGKILL");
  EXPECT_STREQ(SignalName(17), "SIGCHLD");
  EXPECT_EQ(SignalName(40), nullptr);
  EXPECT_EQ(SignalNumberByName("SIGTERM"), 15);
  EXPECT_EQ(SignalNumberByName("TERM"), 15);
  EXPECT_EQ(SignalNumberByName("SIGNOPE"), -1);
  for (int i = 0; i < kSignalCount; ++i) {
    if (kSignals[i].number == SIGIO) continue;  // glibc calls 29 POLL; strace (and we) say SIGIO
    EXPECT_STREQ(sigabbrev_np(kSignals[i].number), kSignals[i].name + 3);
  }
}

}  // namespace
}  // namespace lzp::table
