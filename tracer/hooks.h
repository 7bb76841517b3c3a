// tracer/hooks.h — the syscalls the interposer must treat specially.
//
// Most syscalls are simply run and recorded. A few need the interposer to act
// around them so that tracing stays correct and invisible; each family has
// its own file (hooks_clone.cc, hooks_exec.cc, signals.cc, hooks_fds.cc, hooks_proc_fds.cc) exporting SyscallHook values, and syscall_hooks.cc maps
// syscall numbers to them in one table.
#pragma once

#include <cstdint>

#include "tracer/frame_layout.h"
#include "tracer/thread_state.h"

namespace lzp {

struct EnterResult {
  uint64_t action;  // LZP_ACTION_*
  uint64_t arg;     // for LZP_ACTION_CLONE: the child's ThreadState
};

struct SyscallHook {
  EnterResult (*enter)(ThreadState* ts, EntryFrame* f);  // may be null
  void (*exit)(ThreadState* ts, EntryFrame* f);          // may be null; runs before recording
};

inline constexpr EnterResult kRun = {LZP_ACTION_RUN, 0};

// Is one of the fd arguments of this syscall an fd of ours? (hooks_fds.cc:
// such a call answers EBADF, as if the fd were closed.)
bool TakesOurFd(const EntryFrame* f);
// Does syscall nr take an fd argument at all? (if not, TakesOurFd is false)
bool TakesFds(uint64_t nr);

// Replaces argument `index` for the kernel and remembers the application's
// value; RestoreArgument puts it back before the application resumes.
void ReplaceArgument(ThreadState* ts, EntryFrame* f, int index, uint64_t value);
void RestoreArgument(ThreadState* ts, EntryFrame* f);

extern const SyscallHook kCloneHook;       // clone, clone3, fork, vfork
extern const SyscallHook kExecHook;        // execve, execveat
extern const SyscallHook kExitHook;        // exit, exit_group: recorded before they run
extern const SyscallHook kSigreturnHook;   // rt_sigreturn
extern const SyscallHook kCloseHook;       // close: our fds stay open
extern const SyscallHook kCloseRangeHook;  // close_range: our fds stay open
extern const SyscallHook kDup2Hook;        // dup2, dup3: our fds move out of the way
extern const SyscallHook kGetdentsHook;    // getdents64: /proc/PID/fd lists no fd of ours
extern const SyscallHook kSigaltstackHook;  // sigaltstack: warns when the stack leaves us too little room
extern const SyscallHook kKeepOurMappingsHook;  // pkey_mprotect (and mprotect, via page_zero.cc): ours untouched
// A call the interposer cannot let run (it would take away what tracing
// uses): answered -error without running, and `why` said on stderr once per
// process (`said`: that process's flag). hooks_dispatch.cc.
EnterResult RefuseSayingOnce(ThreadState* ts, EntryFrame* f, bool* said, const char* why, int error);

extern const SyscallHook kArchPrctlHook;    // arch_prctl: the GS base is ours (hooks_gs.cc)
extern const SyscallHook kPrctlHook;        // prctl: the program's own Syscall User Dispatch is refused
extern const SyscallHook kProcFdPathHook;  // open, stat, readlink, access of /proc/PID/fd/<ours>: ENOENT

}  // namespace lzp
