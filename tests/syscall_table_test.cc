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
                         a.kind == ArgKind::OutIovec;
      if (needs_param) {
        EXPECT_GE(a.param, 0) << s.name << " " << a.name;
        EXPECT_LT(a.param, s.nargs) << s.name << " " << a.name;
      }
      bool needs_table = a.kind == ArgKind::Flags || a.kind == ArgKind::Enum || a.kind == ArgKind::InStruct ||
                         a.kind == ArgKind::OutStruct || a.kind == ArgKind::InOutStruct;
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
