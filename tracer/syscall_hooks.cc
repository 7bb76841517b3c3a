// tracer/syscall_hooks.cc — the C++ half of the entry path (asm/entry.S).
//
// lzp_syscall_enter runs before the application's syscall, lzp_syscall_exit
// after it: they timestamp it, apply the special handling of hooks.h, and
// append the finished syscall to the ring. A call that nothing follows
// (RunsBare) skips lzp_syscall_exit: the entry path gives its nesting level
// back itself (frame_layout.h, LZP_AUX_BARE_BIT). Two routes skip more
// (direct_calls.h): calls that never get here, and -c's counted calls. lzp_child_started runs first thing
// in every child of clone/fork/vfork (see hooks_clone.cc).
#include <errno.h>
#include <sys/syscall.h>

#include "tracer/call_counter.h"
#include "tracer/capture.h"
#include "tracer/code_maps.h"
#include "tracer/direct_calls.h"
#include "tracer/events.h"
#include "tracer/fd_kinds.h"
#include "tracer/filter.h"
#include "tracer/frame_flags.h"
#include "tracer/handlers.h"
#include "tracer/include/lzptrace/handler.h"
#include "tracer/hooks.h"
#include "tracer/inject.h"
#include "tracer/page_zero.h"
#include "tracer/process.h"
#include "tracer/ring_writer.h"
#include "tracer/signals.h"

namespace lzp {
namespace {

constexpr int kHookTableSize = 512;

struct HookTable {
  const SyscallHook* by_number[kHookTableSize] = {};
  constexpr HookTable() {
    by_number[SYS_clone] = by_number[SYS_clone3] = by_number[SYS_fork] = by_number[SYS_vfork] = &kCloneHook;
    by_number[SYS_execve] = by_number[SYS_execveat] = &kExecHook;
    by_number[SYS_exit] = by_number[SYS_exit_group] = &kExitHook;
    by_number[SYS_rt_sigreturn] = &kSigreturnHook;
    by_number[SYS_rt_sigprocmask] = &kSigprocmaskHook;
    by_number[SYS_rt_sigtimedwait] = &kSigtimedwaitHook;
    by_number[SYS_rt_sigaction] = &kSigactionHook;
    by_number[SYS_rt_sigsuspend] = by_number[SYS_ppoll] = &kMaskArgHook;
    by_number[SYS_epoll_pwait] = by_number[SYS_epoll_pwait2] = &kMaskArgHook;
    by_number[SYS_close] = &kCloseHook;
    by_number[SYS_close_range] = &kCloseRangeHook;
    by_number[SYS_dup2] = by_number[SYS_dup3] = &kDup2Hook;
    by_number[SYS_getdents64] = &kGetdentsHook;
    by_number[SYS_prctl] = &kPrctlHook;
    by_number[SYS_arch_prctl] = &kArchPrctlHook;
    by_number[SYS_sigaltstack] = &kSigaltstackHook;
    by_number[SYS_pkey_mprotect] = by_number[SYS_madvise] = &kKeepOurMappingsHook;
    by_number[SYS_open] = by_number[SYS_openat] = by_number[SYS_openat2] = &kProcFdPathHook;
    by_number[SYS_stat] = by_number[SYS_lstat] = by_number[SYS_newfstatat] = by_number[SYS_statx] = &kProcFdPathHook;
    by_number[SYS_readlink] = by_number[SYS_readlinkat] = &kProcFdPathHook;
    by_number[SYS_access] = by_number[SYS_faccessat] = by_number[SYS_faccessat2] = &kProcFdPathHook;
    by_number[SYS_mmap] = by_number[SYS_munmap] = by_number[SYS_mprotect] = by_number[SYS_mremap] = &kPageZeroMappingHook;
  }
};
constexpr HookTable kHooks;

const SyscallHook* HookFor(uint64_t nr) { return nr < kHookTableSize ? kHooks.by_number[nr] : nullptr; }

// Can this call run bare, with no lzp_syscall_exit? Only if its exit would
// do nothing: not shown (so no record, count, filter, capture or in-flight
// note), no hook, no --handler wanting it, no injection matched, page 0 left
// open, no -k code maps to refresh, and at nesting level 0 (no outer call
// in flight, so the companion never leaves it a deferred signal or a
// record: both need an in-flight entry), and not a call the fd-kind cache
// learns from (fd_kinds.h). arch_prctl is kept out: it could
// move GS, through which the entry path finds the level to give back.
bool RunsBare(const EntryFrame* f, uint32_t level, bool shown, const SyscallHook* hook) {
  return !shown && hook == nullptr && level == 0 && f->nr < kTableNumbers && f->nr != SYS_arch_prctl &&
         !(f->aux & (kPageZeroClosedBit | kInjectedBit | kNotRunBit)) && !HandlersWant(f->nr) &&
         !g_process.stack_trace && !(fd_kinds::Follows(f->nr) && fd_kinds::WantsExit(f));
}

}  // namespace

bool InterposerFollows(uint64_t nr) { return HookFor(nr) != nullptr; }

void ReplaceArgument(ThreadState* ts, EntryFrame* f, int index, uint64_t value) {
  uint64_t* regs[6] = {&f->rdi, &f->rsi, &f->rdx, &f->r10, &f->r8, &f->r9};
  int level = ts->Level();
  ts->altered_arg[level] = index;
  ts->altered_value[level] = *regs[index];
  *regs[index] = value;
}

void RestoreArgument(ThreadState* ts, EntryFrame* f) {
  int level = ts->Level();
  if (ts->altered_arg[level] < 0) return;
  uint64_t* regs[6] = {&f->rdi, &f->rsi, &f->rdx, &f->r10, &f->r8, &f->r9};
  *regs[ts->altered_arg[level]] = ts->altered_value[level];
  ts->altered_arg[level] = -1;
}

}  // namespace lzp

using namespace lzp;

extern "C" EnterResult lzp_syscall_enter(EntryFrame* f) {
  ThreadState* ts = CurrentThread();
  if (ts == nullptr) {
    f->aux = 0;
    return kRun;
  }
  // Take this syscall's nesting level first: a signal handler that runs from
  // here on nests one deeper and cannot reuse its scratch or in-flight entry.
  if (ts->depth < static_cast<uint32_t>(ThreadState::kLevels)) ts->frames[ts->depth] = f;
  asm volatile("" ::: "memory");  // the frame is noted before the depth that makes it valid
  const uint32_t level = ts->depth++;
  if (f->nr == LZPTRACE_REGISTER_SYSCALL && f->rsi == static_cast<uint64_t>(LZPTRACE_REGISTER_TAG)) {  // a --handler library (handlers.h)
    f->rax = static_cast<uint64_t>(RegisterHandler(ts, f->rdi));
    f->aux = kNotRunBit;
    return {LZP_ACTION_SKIP, 0};
  }
  if (RouteOf(f->nr) == LZP_ROUTE_COUNT && TakeCountRoute(ts, f, level)) return kRun;  // -c alone (direct_calls.h)
  // --handler: the users' handlers see the call first (a test of one bit when they do not want it).
  bool answered = HandlersWant(f->nr) && RunHandlersAtEntry(ts, f, level);
  bool shown = FilterMayAccept(ts, f, level, ts->traced && Shown(f->nr));  // -e trace=, --filter
  const SyscallHook* hook = HookFor(f->nr);
  // A filtered-out syscall needs no timestamp, unless it is one the CLI
  // follows anyway (exit, execve, clone: all hooked) or a number past the
  // tables (recorded bare at exit, below).
  f->aux = shown || hook != nullptr || f->nr >= kTableNumbers ? ReadTsc() : 0;
  if (ts->via_sigsys) {
    f->aux |= kViaSigsysBit;
    ts->via_sigsys = false;
  }
  bool recording = shown && !g_process.no_records;
  if (recording && ts->inflight != nullptr && level < proto::kInflightDepth) {
    f->aux |= kInflightNotedBit;
    proto::InflightEntry& e = ts->inflight->entries[level];
    e.nr = f->nr;
    e.args[0] = f->rdi; e.args[1] = f->rsi; e.args[2] = f->rdx;
    e.args[3] = f->r10; e.args[4] = f->r8;  e.args[5] = f->r9;
    e.tsc_enter = f->aux & ~kAuxFlags;  // the entry time alone (the flags live in the top bits)
    ts->active_below[level] = ts->inflight->active_depth.load(std::memory_order_relaxed);
    ts->inflight->active_depth.store(level + 1, std::memory_order_release);
  }
  ts->altered_arg[ts->Level()] = -1;
  if (g_process.zpoline && PointsIntoPageZero(f)) {
    ClosePageZero();
    f->aux |= kPageZeroClosedBit;
  }
  answered = answered || InjectAtEntry(ts, f);  // before the capture: strace shows what poke_enter= wrote
  if (recording) CaptureAtEntry(ts, f, level);
  if (shown && g_process.counters != nullptr) StartCallTimer(ts);
  if (fd_kinds::Follows(f->nr)) fd_kinds::AtEntry(ts, f, level);  // after the capture: it decodes what the fd was before
  if (answered) {  // answered without running: no special handling either
    f->aux |= kNotRunBit;
    return {LZP_ACTION_SKIP, 0};
  }
  if (TakesOurFd(f)) {  // our fds are closed, to the application
    f->rax = static_cast<uint64_t>(-EBADF);
    return {LZP_ACTION_SKIP, 0};
  }
  if (RunsBare(f, level, shown, hook)) {
    f->aux = kBareBit;
    return kRun;
  }
  if (hook != nullptr && hook->enter != nullptr) return hook->enter(ts, f);
  return kRun;
}

namespace {

// The call's record is written, or will not be: a signal may be delivered
// again (signals.cc, HoldUntilRecorded).
inline void RecordDone(ThreadState* ts) {
  ts->record_pending = 0;
  if (ts->held_for_record != 0) ReleaseSignalsHeldForRecord(ts);
}

}  // namespace

extern "C" void lzp_syscall_exit(EntryFrame* f) {
  ThreadState* ts = CurrentThread();
  if (ts == nullptr) return;
  if (ts->vfork_frame_saved) {  // a vfork child ran on this stack: the frame may be overwritten
    uint64_t result = f->rax;
    *f = ts->vfork_frame;
    f->rax = result;
    ts->vfork_frame_saved = false;
  }
  // This syscall keeps its nesting level (and so its capture scratch) until
  // it is recorded: a signal handler that runs meanwhile nests one deeper.
  const uint32_t level = ts->depth - 1;
  if (f->nr == LZPTRACE_REGISTER_SYSCALL && f->rsi == static_cast<uint64_t>(LZPTRACE_REGISTER_TAG)) {
    ts->depth = level;  // a handler's registration: ours, never the program's, never recorded
    RecordDone(ts);
    return;
  }
  if (f->aux & kPageZeroClosedBit) ReopenPageZero();
  // A call the kernel resumed as restart_syscall after a signal (its code was
  // ERESTART_RESTARTBLOCK: nanosleep, poll, a futex wait with a timeout) is
  // named so in its slot by whoever saw the signal (the ptrace companion, or
  // RecordInterruptedSyscall): strace shows the resumed call under that name.
  // (The frame's nr is not the program's to see: the exit path skips it.)
  if ((f->aux & kInflightNotedBit) && level < proto::kInflightDepth && ts->inflight->entries[level].nr == SYS_restart_syscall)
    f->nr = SYS_restart_syscall;
  EndInflight(ts, f, level);
  const SyscallHook* hook = HookFor(f->nr);
  uint32_t flags = 0;
  if (hook != nullptr && hook->exit != nullptr && !(f->aux & kNotRunBit)) hook->exit(ts, f);
  if (!(f->aux & kNotRunBit) && fd_kinds::Follows(f->nr)) fd_kinds::AtExit(ts, f, level, static_cast<int64_t>(f->rax));  // before the capture
  bool injected = f->aux & kInjectedBit;
  if (f->aux & kNotRunBit) flags |= proto::kInjected;  // "(INJECTED)": the result is ours
  RestoreArgument(ts, f);
  if (injected) flags |= InjectBeforeRecord(ts, f);  // poke_exit=, before the capture as in strace
  if (ts->handler[ts->Level()].active) RunHandlersAtExit(ts, f, level);  // may change the result
  if (f->aux & kViaSigsysBit) flags |= proto::kSudRoute;
  bool recorded = f->aux & kRecordedBit;  // a signal handler already printed it (signals.cc)
  if (ts->inflight != nullptr && ts->inflight->companion_recorded.load(std::memory_order_acquire) == level + 1) {
    recorded = true;  // the ptrace companion did, at a stop or a fatal signal as it returned (protocol.h)
    ts->inflight->companion_recorded.store(0, std::memory_order_relaxed);
  }
  f->aux &= ~kAuxFlags;
  if (!ts->traced || !g_process.active) {
    RecordDone(ts);
    if (injected) InjectAtExit(ts, f);
    RestoreHandledCall(ts, f, level);
    ts->depth = level;
    return;
  }
  int64_t ret = static_cast<int64_t>(f->rax);
  bool shown = Shown(f->nr) && FilterAccepts(ts, f, ret, level);  // --filter: a rejected call is neither recorded nor counted
  if (shown && g_process.counters != nullptr) CountCall(ts, f, ret);
  if (g_process.stack_trace && !(ret < 0 && ret >= -4095) && ChangesCodeMappings(f->nr, f)) EmitCodeMaps(ts);
  if (!recorded && shown && !g_process.no_records) {
    CaptureAtExit(ts, f, level, ret);
    EmitSyscall(ts, f, ret, flags, level);
  } else if (!recorded && hook == &kCloneHook) {  // the CLI follows processes and threads even when not showing them
    EmitSyscall(ts, f, ret, flags | proto::kHidden, kNoCaptureLevel);
  } else if (!recorded && f->nr >= kTableNumbers && !g_process.no_records) {
    // A number past every table (512 and up, -1, x32 numbers): no kernel's,
    // it answers ENOSYS. strace shows it whatever -e trace= says
    // (`syscall_0x200(...)`): recorded bare, its registers only, never
    // counted, no capture, hook, filter or injection (all indexed by number).
    EmitSyscall(ts, f, ret, flags, kNoCaptureLevel);
  }
  if (ts->inflight != nullptr && ts->inflight->deferred_signo.load(std::memory_order_acquire) != 0) {
    EmitSignal(ts, static_cast<int>(ts->inflight->deferred_signo.load(std::memory_order_relaxed)),
               ts->inflight->deferred_siginfo, 0);
    ts->inflight->deferred_signo.store(0, std::memory_order_release);
  }
  RecordDone(ts);
  if (injected) InjectAtExit(ts, f);  // after the record: an injected signal may end the process
  RestoreHandledCall(ts, f, level);    // the registers as the application's syscall left them
  ts->depth = level;
}
