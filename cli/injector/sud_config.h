// cli/injector/sud_config.h — a stopped tracee's Syscall User Dispatch, read
// and switched off from outside with PTRACE_{GET,SET}_SYSCALL_USER_DISPATCH_CONFIG
// (Linux >= 6.2). Dispatch is per thread: the injector checks that the
// interposer turned it on in the thread it started (interposer_loader.h),
// and a detach (-p) turns it off in every thread (detach.h) without running
// anything in them.
#pragma once

#include <sys/ptrace.h>
#include <sys/types.h>

#include <cstdint>

namespace lzp::cli::injector {

// <linux/ptrace.h> of Linux >= 6.2 (the build's headers may be older).
inline constexpr long kSetSudConfig = 0x4210;  // PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG
inline constexpr long kGetSudConfig = 0x4211;  // PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG
struct SudConfig {
  uint64_t mode, selector, offset, len;
};
inline constexpr uint64_t kSudOff = 0, kSudOn = 1;  // PR_SYS_DISPATCH_OFF, PR_SYS_DISPATCH_ON

inline bool SudIsOn(pid_t tid) {
  SudConfig sud = {};
  return ptrace(static_cast<__ptrace_request>(kGetSudConfig), tid, reinterpret_cast<void*>(sizeof(sud)), &sud) == 0 &&
         sud.mode == kSudOn;
}

inline bool TurnSudOff(pid_t tid) {
  SudConfig off = {};
  return ptrace(static_cast<__ptrace_request>(kSetSudConfig), tid, reinterpret_cast<void*>(sizeof(off)), &off) == 0;
}

}  // namespace lzp::cli::injector
