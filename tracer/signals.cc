// tracer/signals.cc — see signals.h.
#include "tracer/signals.h"

#include "tracer/our_mappings.h"

#include <errno.h>
#include <sys/mman.h>
#include <sys/syscall.h>

#include "tracer/call_counter.h"
#include "tracer/capture.h"
#include "tracer/events.h"
#include "tracer/filter.h"
#include "tracer/frame_flags.h"
#include "tracer/handlers.h"
#include "tracer/page_zero.h"
#include "tracer/process.h"
#include "tracer/raw_syscall.h"
#include "tracer/ring_writer.h"
#include "tracer/safe_copy.h"
#include "tracer/thread_state.h"

extern "C" void lzp_sigreturn_restorer();
extern "C" char lzp_app_syscall_site[];
extern "C" char lzp_app_syscall_marked[];
extern "C" char lzp_clone_syscall_site[];
extern "C" void lzp_signal_wrapper(int sig, siginfo_t* info, void* context);

namespace lzp {
namespace {

constexpr uint64_t kSigDfl = 0, kSigIgn = 1;
constexpr uint64_t kUnblockable = SigBit(SIGKILL) | SigBit(SIGSTOP);

bool Owned(int sig) { return (SigBit(sig) & kNeverBlocked) != 0; }

bool DefaultIsIgnore(int sig) { return sig == SIGCHLD || sig == SIGURG || sig == SIGWINCH || sig == SIGCONT; }

bool IsFault(int sig, const siginfo_t* info) {
  return info != nullptr && info->si_code > 0 &&
         (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE || sig == SIGTRAP);
}

// Did the CPU raise it, at the instruction it interrupted? A fault's code is
// not proof: a process may queue itself any code (rt_sigqueueinfo). The
// kernel's frame carries the thread's last trap: a page fault's address is
// in cr2 as in si_addr; a general-protection, stack-segment or alignment
// fault has its trap number. A queued signal finds a stale trap or none.
bool RaisedByTheCpu(int sig, const siginfo_t* info, const void* context) {
  if (!IsFault(sig, info)) return false;
  if (context == nullptr) return true;  // (nothing to tell by: as before)
  const greg_t* regs = static_cast<const ucontext_t*>(context)->uc_mcontext.gregs;
  constexpr greg_t kStackSegment = 12, kGeneralProtection = 13, kPageFault = 14, kAlignment = 17;
  greg_t trap = regs[REG_TRAPNO];
  if (trap == kPageFault) return static_cast<uint64_t>(regs[REG_CR2]) == reinterpret_cast<uint64_t>(info->si_addr);
  return trap == kGeneralProtection || trap == kStackSegment || trap == kAlignment;
}

SignalTable* Table() {
  ThreadState* ts = CurrentThread();
  return ts != nullptr ? ts->signals : nullptr;
}

long KernelSigactionSet(int sig, const KernelSigaction* act, KernelSigaction* old) {
  return Sys(SYS_rt_sigaction, sig, act, old, 8);
}

// What the kernel holds for a signal we do not own whose application
// disposition is `app`: a handler goes through lzp_signal_wrapper (with
// siginfo), never blocking what we must never block; SIG_DFL and SIG_IGN
// stay as they are.
KernelSigaction KernelActionFor(const KernelSigaction& app) {
  KernelSigaction kernel = app;
  if (app.handler != kSigDfl && app.handler != kSigIgn) {
    kernel.handler = reinterpret_cast<uint64_t>(&lzp_signal_wrapper);
    kernel.flags |= SA_SIGINFO;
  }
  kernel.mask &= ~kNeverBlocked;
  return kernel;
}

// The default action of `sig`, done for real: the process dies (or the
// signal is ignored) exactly as it would untraced.
void DoDefault(int sig, siginfo_t* info, const void* context) {
  if (DefaultIsIgnore(sig)) return;
  KernelSigaction dfl = {kSigDfl, 0, 0, 0};
  KernelSigaction ours;
  KernelSigactionSet(sig, &dfl, &ours);
  if (RaisedByTheCpu(sig, info, context)) return;  // returning re-runs the faulting instruction, which now kills
  uint64_t unblock = SigBit(sig);
  Sys(SYS_rt_sigprocmask, SIG_UNBLOCK, &unblock, 0, 8);
  // Sent again as it came (a queued one keeps its code and fields).
  if (info == nullptr || IsError(Sys(SYS_rt_tgsigqueueinfo, Sys(SYS_getpid), Sys(SYS_gettid), sig, info)))
    Sys(SYS_tgkill, Sys(SYS_getpid), Sys(SYS_gettid), sig);
  // A stop signal stops us here; once continued, keep our handler.
  if (sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU) KernelSigactionSet(sig, &ours, nullptr);
}

// A SIGSEGV or SIGBUS the CPU did not raise (a program sent or queued it,
// to itself) while the application believes it blocked: untraced it would
// wait, pending, until taken (rt_sigtimedwait) or unblocked. It is queued
// again as it came and blocked for real in the interrupted context (the
// kernel still shows it pending; the rt_sigprocmask that unblocks it, or
// the rt_sigtimedwait that takes it, lets it go: HeldSignalTaken). Meanwhile
// a fault in our safe copies in this thread would kill the process (the
// kernel forces a blocked fault to its default action): a price only a
// program that blocks these signals and sends them to itself can pay.
// Inside the rt_sigprocmask that changes the mask, the new mask counts once
// the call has returned.
bool HoldIfBlocked(int sig, const siginfo_t* info, void* context) {
  ThreadState* ts = CurrentThread();
  if (ts == nullptr || context == nullptr || RaisedByTheCpu(sig, info, context)) return false;
  auto* uc = static_cast<ucontext_t*>(context);
  uint64_t blocked = ts->virtual_blocked;
  if (ts->depth > 0) {
    greg_t* regs = uc->uc_mcontext.gregs;
    auto* f = reinterpret_cast<const EntryFrame*>(regs[REG_RBX]);
    if (static_cast<uint64_t>(regs[REG_RIP]) == reinterpret_cast<uint64_t>(lzp_app_syscall_site) + 2 &&
        f->nr == SYS_rt_sigprocmask && static_cast<int64_t>(regs[REG_RAX]) == 0)
      blocked = ts->virtual_blocked_after;
  }
  const uint64_t bit = SigBit(sig);
  if (!(blocked & bit)) return false;
  Sys(SYS_rt_sigprocmask, SIG_BLOCK, &bit, 0, 8);  // (this handler's mask too: it is queued again now)
  Sys(SYS_rt_tgsigqueueinfo, ts->pid, ts->tid, sig, info);
  uc->uc_sigmask.__val[0] |= bit;
  ts->held_owned |= bit;
  return true;
}

// A signal that lands in the exit path of a call that has returned and
// whose record is not written yet (record_pending, set by asm/entry.S): its
// handler's lines, and the signal's, would come before the call's, where
// strace (which sees the call end before the signal is delivered) shows the
// call first. So it waits: queued again as it came (to the same thread, its
// siginfo intact, ahead of any later instance of a real-time signal), blocked
// in the interrupted context, and unblocked once the record is written
// (ReleaseSignalsHeldForRecord), when the kernel delivers it there. A later
// instance waits in the kernel meanwhile, as for any process that is not
// running (a standard signal merges with the held one: one delivery, as when
// a process is descheduled; the exit path waits on a full ring no longer
// than that). A fault the CPU raised runs now (returning would repeat it), as
// does a SIGSYS a seccomp filter raised for our own syscall, and a signal the
// kernel will not queue again (RLIMIT_SIGPENDING). A handler installed with
// SA_RESETHAND was reset to the default by this delivery: it is installed
// again, to be reset by the next.
bool HoldUntilRecorded(int sig, const siginfo_t* info, void* context) {
  ThreadState* ts = CurrentThread();
  if (ts == nullptr || !ts->record_pending || ts->depth == 0 || info == nullptr || context == nullptr) return false;
  constexpr int kSysSeccomp = 1;  // <asm-generic/siginfo.h>
  if (RaisedByTheCpu(sig, info, context) || (sig == SIGSYS && info->si_code == kSysSeccomp)) return false;
  const uint64_t bit = SigBit(sig);
  Sys(SYS_rt_sigprocmask, SIG_BLOCK, &bit, 0, 8);  // (SA_NODEFER: not delivered again inside this handler)
  if (IsError(Sys(SYS_rt_tgsigqueueinfo, ts->pid, ts->tid, sig, info))) {
    Sys(SYS_rt_sigprocmask, SIG_UNBLOCK, &bit, 0, 8);
    return false;
  }
  SignalTable* table = ts->signals;
  if (table != nullptr && !Owned(sig) && (table->actions[sig].flags & SA_RESETHAND)) {
    KernelSigaction again = KernelActionFor(table->actions[sig]);
    KernelSigactionSet(sig, &again, nullptr);
  }
  static_cast<ucontext_t*>(context)->uc_sigmask.__val[0] |= bit;
  ts->held_for_record |= bit;
  // Returning from here goes through the application's restorer (a signal we
  // do not own was delivered with its sa_restorer): that rt_sigreturn is no
  // call of the program's (HideSigreturn).
  if (!Owned(sig) && ts->quiet_sigreturns < ThreadState::kHeldForRecordMax)
    ts->quiet_sigreturn_at[ts->quiet_sigreturns++] = reinterpret_cast<uint64_t>(context);
  return true;
}

}  // namespace

void ReleaseSignalsHeldForRecord(ThreadState* ts) {
  uint64_t held = ts->held_for_record;
  ts->held_for_record = 0;
  Sys(SYS_rt_sigprocmask, SIG_UNBLOCK, &held, 0, 8);
}

bool HideSigreturn(ThreadState* ts, uint64_t frame) {
  uint32_t n = ts->quiet_sigreturns;
  if (n == 0 || ts->quiet_sigreturn_at[n - 1] != frame) return false;
  ts->quiet_sigreturns = n - 1;
  return true;
}

namespace {

// Our handler for SIGSEGV and SIGBUS.
void OnFault(int sig, siginfo_t* info, void* context) {
  auto* uc = static_cast<ucontext_t*>(context);
  uint64_t fixup = SafeCopyFixupFor(static_cast<uint64_t>(uc->uc_mcontext.gregs[REG_RIP]));
  if (fixup != 0) {
    uc->uc_mcontext.gregs[REG_RIP] = static_cast<greg_t>(fixup);
    return;
  }
  if (sig == SIGSEGV && ResumeCallIntoClosedPageZero(uc, info)) return;
  if (ThreadState* ts = CurrentThread(); ts != nullptr && ts->in_handler != 0) {  // a --handler crashed
    ReportHandlerCrash(ts, sig);
    DoDefault(sig, info, nullptr);  // the fault, run again, ends the process as it would have
    return;
  }
  if (HoldIfBlocked(sig, info, context) || HoldUntilRecorded(sig, info, context)) return;
  // Untraced, page 0 is not mapped: a fault there is a "no mapping" fault,
  // never the "bad permissions" one our execute-only trampoline page causes
  // (SEGV_ACCERR; SEGV_PKUERR where the CPU has protection keys, with which
  // the kernel makes execute-only pages).
  constexpr int kSegvPkuerr = 4;  // <asm-generic/siginfo.h>
  if (sig == SIGSEGV && g_process.zpoline && (info->si_code == SEGV_ACCERR || info->si_code == kSegvPkuerr) &&
      reinterpret_cast<uint64_t>(info->si_addr) < 4096) {
    if (info->si_code == kSegvPkuerr) info->_sifields._sigfault._bounds._pkey = 0;
    info->si_code = SEGV_MAPERR;
  }
  RecordSignal(sig, info, context);
  ForwardToApplication(sig, info, context, true);
}

}  // namespace

extern "C" void lzp_signal_wrapper(int sig, siginfo_t* info, void* context) {
  if (HoldUntilRecorded(sig, info, context)) return;
  RecordSignal(sig, info, context);
  ForwardToApplication(sig, info, context, false);
}

// What the kernel returned internally from a syscall interrupted by a signal
// with a handler, before it made it EINTR for the handler (strace shows that
// code: "= ? ERESTARTNOHAND (To be restarted if no handler)"). 0 when the
// syscall may answer EINTR itself (epoll_wait, sockets with timeouts, ...).
int64_t RestartCodeFor(const EntryFrame* f) {
  constexpr int64_t kRestartSys = -512, kRestartNoHand = -514, kRestartBlock = -516;
  switch (f->nr) {
    case SYS_pause: case SYS_rt_sigsuspend: case SYS_select: case SYS_pselect6: case SYS_ppoll:
      return kRestartNoHand;
    case SYS_nanosleep: return kRestartBlock;
    case SYS_restart_syscall: return kRestartBlock;  // a resumed sleep cut short again (after a -p attach, a SIGCONT)
    case SYS_clock_nanosleep: return (f->rsi & 1) ? kRestartNoHand : kRestartBlock;  // TIMER_ABSTIME
    case SYS_poll: return kRestartBlock;  // with or without a timeout
    case SYS_futex: {
      uint64_t op = f->rsi & 0x7f;  // without FUTEX_PRIVATE_FLAG and FUTEX_CLOCK_REALTIME
      if (op != 0 && op != 9) return 0;  // FUTEX_WAIT, FUTEX_WAIT_BITSET
      return f->r10 != 0 ? kRestartBlock : kRestartSys;
    }
    case SYS_read: case SYS_write: case SYS_readv: case SYS_writev: case SYS_pread64: case SYS_pwrite64:
    case SYS_wait4: case SYS_waitid: case SYS_accept: case SYS_accept4: case SYS_connect: case SYS_recvfrom:
    case SYS_sendto: case SYS_recvmsg: case SYS_sendmsg: case SYS_open: case SYS_openat: case SYS_flock:
    case SYS_fcntl:
      return kRestartSys;
    default: return 0;
  }
}

namespace {

// rt_sigprocmask's old set as the application must see it: the kernel's,
// plus the never-blocked signals it believes blocked (virtual_blocked_before,
// noted at entry). Idempotent: run when the call is recorded early (below)
// and again by its exit hook.
void ReportVirtualOldMask(const ThreadState* ts, const EntryFrame* f, int64_t ret) {
  if (ret != 0 || f->nr != SYS_rt_sigprocmask || f->rdx == 0 || ts->virtual_blocked_before == 0) return;
  uint64_t old;
  if (CopyFromApp(&old, f->rdx, 8)) {
    old |= ts->virtual_blocked_before;
    lzp_safe_copy(reinterpret_cast<void*>(f->rdx), &old, 8);
  }
}

// -c alone, its counting route (direct_calls.h): a call a signal found
// returned, or cut short for a restart, counts now, as strace counts it, in
// case the signal ends the process. A returned call loses its count bit, so
// its exit path only gives its level back; a restarted call keeps it and
// counts again when it returns, from a new entry time. (A handler never
// sees a call the kernel resumes as restart_syscall: with a handler, those
// answer EINTR. Without one, the ptrace companion counts the cut call, and
// the resumed one counts under its first name: strace says restart_syscall.)
void CountInterruptedCall(ThreadState* ts, EntryFrame* f, int64_t ret, bool restarts) {
  EntryFrame timed = *f;
  timed.aux = ts->count_entry_tsc;
  if (ts->traced && g_process.active) CountCall(ts, &timed, ret);
  if (restarts) ts->count_entry_tsc = ReadTsc();
  else f->aux &= ~kCountBit;
}

}  // namespace

// The signal arrived as the syscall at lzp_app_syscall_site returned (rip
// just after it: done, result in rax) or as the kernel set it up for a
// restart (rip on it and rcx after it: strace's "= ? ERESTARTSYS"), or before
// the syscall was made (rip on it, rcx 0: nothing to record yet). Either way the entry path
// keeps the frame in rbx.
// The clone family runs its syscall at lzp_clone_syscall_site: a signal as
// it returns in the parent (rax the child's id: a vfork parent resumes when
// its child sends it a signal and exits) finds it done, as at site + 2. A
// vfork child ran on the parent's stack: the frame to record is the copy
// hooks_clone.cc saved (lzp_syscall_exit restores it from there too).
void RecordInterruptedSyscall(ThreadState* ts, void* context) {
  if (ts->depth == 0 || context == nullptr) return;
  greg_t* regs = static_cast<ucontext_t*>(context)->uc_mcontext.gregs;
  uint64_t rip = static_cast<uint64_t>(regs[REG_RIP]), site = reinterpret_cast<uint64_t>(lzp_app_syscall_site);
  auto* f = reinterpret_cast<EntryFrame*>(regs[REG_RBX]);
  if (rip == reinterpret_cast<uint64_t>(lzp_clone_syscall_site) + 2 && regs[REG_RAX] != 0) {
    rip = site + 2;
    if (ts->vfork_frame_saved) f = &ts->vfork_frame;
  }
  // Past site + 2 and before the entry path marks the record due, rax still
  // holds the result (asm/entry.S): the same as at site + 2.
  if (rip > site + 2 && rip < reinterpret_cast<uint64_t>(lzp_app_syscall_marked)) rip = site + 2;
  if (rip != site && rip != site + 2) return;
  if ((f->aux & kCountBit) && (rip == site + 2 || static_cast<uint64_t>(regs[REG_RCX]) == site + 2)) {
    constexpr int64_t kRestartSys = -512;  // (any restart code: an error to -c)
    return CountInterruptedCall(ts, f, rip == site + 2 ? static_cast<int64_t>(regs[REG_RAX]) : kRestartSys, rip == site);
  }
  if ((f->aux & kRecordedBit) || !Shown(f->nr) || g_process.no_records || !FilterEntryVerdict(ts, f, ts->depth - 1)) return;
  uint32_t level = ts->depth - 1;
  if (rip == site + 2) {
    int64_t ret = static_cast<int64_t>(regs[REG_RAX]);
    constexpr int64_t kEintr = -4;
    if (ret == kEintr) {  // a restart code the kernel turned into EINTR for the handler
      int64_t code = RestartCodeFor(f);
      if (code != 0) ret = code;
    }
    ReportVirtualOldMask(ts, f, ret);  // (its exit hook runs only after the handler)
    CaptureAtExit(ts, f, level, ret);
    EmitSyscall(ts, f, ret, 0, level);
    f->aux |= kRecordedBit;
    // It has returned: if the signal ends the process before the handler
    // returns to its exit path, it must not also be reported as cut short.
    EndInflight(ts, f, level);
  } else {
    // rip on the site is also where a signal finds a syscall not made yet:
    // then rcx is still the 0 entry.S put there, not the syscall's site + 2.
    if (static_cast<uint64_t>(regs[REG_RCX]) != site + 2) return;
    constexpr int64_t kRestartSys = -512, kRestartBlock = -516, kNrRestartSyscall = 219;
    EmitSyscall(ts, f, regs[REG_RAX] == kNrRestartSyscall ? kRestartBlock : kRestartSys, 0, level);
    // The kernel restarts it once the handler returns: a call of its own
    // from then on, which the CLI may announce again if it blocks (it moves
    // the entry after the handler's lines: cli/print/trace_printer.h).
    if ((f->aux & kInflightNotedBit) && level < proto::kInflightDepth) {
      proto::InflightEntry& e = ts->inflight->entries[level];
      e.tsc_enter = ReadTsc();
      if (regs[REG_RAX] == kNrRestartSyscall) e.nr = kNrRestartSyscall;  // (resumed under that name: events.cc)
    }
  }
}

extern "C" const char __ehdr_start[] __attribute__((visibility("hidden")));
extern "C" const char _end[] __attribute__((visibility("hidden")));

int64_t ApplicationRax(const ThreadState* ts, uint64_t rip, uint64_t rax, uint32_t depth) {
  bool ours = rip >= reinterpret_cast<uint64_t>(__ehdr_start) && rip < reinterpret_cast<uint64_t>(_end);
  if (!ours || depth == 0 || depth > static_cast<uint32_t>(ThreadState::kLevels)) return static_cast<int64_t>(rax);
  const uint64_t site = reinterpret_cast<uint64_t>(lzp_app_syscall_site);
  if (rip >= site + 2 && rip < reinterpret_cast<uint64_t>(lzp_app_syscall_marked)) return static_cast<int64_t>(rax);
  if (rip == reinterpret_cast<uint64_t>(lzp_clone_syscall_site) + 2) return static_cast<int64_t>(rax);
  return static_cast<int64_t>(ts->frames[depth - 1]->rax);  // (the result, stored past the mark; or the number)
}

// Where the program was when the signal came: inside the interposer, that is
// the return address of the syscall it was handling.
uint64_t InterruptedIp(ThreadState* ts, void* context) {
  if (context == nullptr) return 0;
  return ApplicationStack(ts, static_cast<ucontext_t*>(context)->uc_mcontext.gregs, ts->depth).rip;
}

void ShowTheProgramsCallSite(siginfo_t* info, const void* context) {
  constexpr int kSysSeccomp = 1;  // <asm-generic/siginfo.h>
  if (info == nullptr || context == nullptr || info->si_signo != SIGSYS || info->si_code != kSysSeccomp) return;
  const greg_t* regs = static_cast<const ucontext_t*>(context)->uc_mcontext.gregs;
  uint64_t site = reinterpret_cast<uint64_t>(lzp_app_syscall_site);
  if (reinterpret_cast<uint64_t>(info->si_call_addr) != site + 2 || static_cast<uint64_t>(regs[REG_RIP]) != site + 2)
    return;
  ThreadState* ts = CurrentThread();
  if (ts == nullptr || ts->depth == 0) return;
  info->si_call_addr = reinterpret_cast<void*>(reinterpret_cast<const EntryFrame*>(regs[REG_RBX])->retaddr);
}

void RecordSignal(int sig, const siginfo_t* info, void* context) {
  ThreadState* ts = CurrentThread();
  if (ts == nullptr || !ts->traced || !g_process.active) return;
  RecordInterruptedSyscall(ts, context);
  const uint8_t* payload = nullptr;
  uint32_t payload_size = 0;
  const uint32_t level = ts->depth;
  // -i: where it interrupted the program (read before the -k capture below
  // takes a level of its own: the frame of the call it interrupted is level's).
  const uint64_t ip = g_process.record_ip ? InterruptedIp(ts, context) : 0;
  bool stack = g_process.stack_trace && context != nullptr && level < kCaptureLevels;
  if (stack) {  // a level of its own: a signal arriving meanwhile nests deeper
    ts->depth = level + 1;
    ts->capture_used[level] = 0;
    CaptureStack(ts, level, ApplicationStack(ts, static_cast<ucontext_t*>(context)->uc_mcontext.gregs, level));
    payload = CapturedPayload(ts, level, &payload_size);
  }
  EmitSignal(ts, sig, info, ip, payload, payload_size);
  if (stack) ts->depth = level;
}

namespace {

// The application's handler for a signal we own returned into our handler,
// and our restorer's rt_sigreturn is not recorded (ours). The program's own
// would have been, restoring the interrupted context: strace shows
// rt_sigreturn({mask=[...]}) = the restored rax.
void RecordHandlerReturn(ThreadState* ts, const void* context) {
  if (ts == nullptr || context == nullptr || !ts->traced || !g_process.active || !Shown(SYS_rt_sigreturn)) return;
  const auto* uc = static_cast<const ucontext_t*>(context);
  EntryFrame f = {};
  f.nr = SYS_rt_sigreturn;
  f.rdi = uc->uc_sigmask.__val[0];
  f.aux = ReadTsc();
  const int64_t rax = ApplicationRax(ts, static_cast<uint64_t>(uc->uc_mcontext.gregs[REG_RIP]),
                                     static_cast<uint64_t>(uc->uc_mcontext.gregs[REG_RAX]), ts->depth);
  if (g_process.counters != nullptr) CountCall(ts, &f, rax);  // (-c counts it, as strace)
  if (!g_process.no_records) EmitSyscall(ts, &f, rax, 0, kNoCaptureLevel);
}

}  // namespace

void ForwardToApplication(int sig, siginfo_t* info, void* context, bool owned) {
  SignalTable* table = Table();
  if (table == nullptr || sig < 1 || sig > 64) return;
  KernelSigaction action = table->actions[sig];
  if (action.handler == kSigIgn) {
    if (RaisedByTheCpu(sig, info, context)) DoDefault(sig, info, context);  // the kernel never lets a fault be ignored
    return;
  }
  if (action.handler == kSigDfl) {
    DoDefault(sig, info, context);
    return;
  }
  if (action.flags & SA_RESETHAND) table->actions[sig] = {kSigDfl, 0, 0, 0};
  if (owned) {  // the kernel applied our mask, not the application's: apply it now
    uint64_t add = action.mask | ((action.flags & SA_NODEFER) ? 0 : SigBit(sig));
    add &= ~(kNeverBlocked | kUnblockable);
    if (add != 0) Sys(SYS_rt_sigprocmask, SIG_BLOCK, &add, 0, 8);
  }
  ThreadState* ts = CurrentThread();
  if (ts != nullptr) __atomic_add_fetch(&ts->in_app_handler, 1, __ATOMIC_RELAXED);
  if (action.flags & SA_SIGINFO) {
    reinterpret_cast<void (*)(int, siginfo_t*, void*)>(action.handler)(sig, info, context);
  } else {
    reinterpret_cast<void (*)(int)>(action.handler)(sig);
  }
  if (ts != nullptr) __atomic_sub_fetch(&ts->in_app_handler, 1, __ATOMIC_RELAXED);
  if (owned) RecordHandlerReturn(ts, context);
}

void RestoreApplicationSignals(const SignalTable* table) {
  for (int sig = 1; sig <= 64; ++sig)
    if (sig != SIGKILL && sig != SIGSTOP) KernelSigactionSet(sig, &table->actions[sig], nullptr);
}

long InitSignals(SignalTable* table) {
  for (int sig = 1; sig <= 64; ++sig) {
    if (sig == SIGKILL || sig == SIGSTOP) continue;
    KernelSigaction current = {};
    if (IsError(KernelSigactionSet(sig, nullptr, &current))) continue;
    table->actions[sig] = current;
    // Handlers installed before we loaded (rare) are wrapped from now on.
    if (!Owned(sig) && current.handler != kSigDfl && current.handler != kSigIgn) {
      KernelSigaction wrapped = KernelActionFor(current);
      KernelSigactionSet(sig, &wrapped, nullptr);
    }
  }
  KernelSigaction fault = {reinterpret_cast<uint64_t>(&OnFault), SA_SIGINFO | SA_NODEFER | SA_ONSTACK | kSaRestorer,
                           reinterpret_cast<uint64_t>(&lzp_sigreturn_restorer), 0};
  long r = KernelSigactionSet(SIGSEGV, &fault, nullptr);
  if (!IsError(r)) r = KernelSigactionSet(SIGBUS, &fault, nullptr);
  return r;
}

SignalTable* CopySignalTable(const SignalTable* table) {
  long p = Sys(SYS_mmap, 0, sizeof(SignalTable), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (IsError(p)) return nullptr;
  NoteOurMapping(static_cast<uint64_t>(p), sizeof(SignalTable));
  auto* copy = reinterpret_cast<SignalTable*>(p);
  *copy = *table;
  return copy;
}

namespace {

EnterResult Skip(EntryFrame* f, long result) {
  f->rax = static_cast<uint64_t>(result);
  return {LZP_ACTION_SKIP, 0};
}

// rt_sigaction: done by us, against the application's view.
EnterResult SigactionEnter(ThreadState* ts, EntryFrame* f) {
  int sig = static_cast<int>(f->rdi);
  if (sig < 1 || sig > 64 || sig == SIGKILL || sig == SIGSTOP || f->r10 != 8 || ts->signals == nullptr) return kRun;
  KernelSigaction incoming;
  if (f->rsi != 0 && !CopyFromApp(&incoming, f->rsi, sizeof(incoming))) return Skip(f, -EFAULT);
  KernelSigaction previous = ts->signals->actions[sig];
  if (f->rsi != 0) {
    incoming.mask &= ~kUnblockable;
    if (!Owned(sig)) {
      KernelSigaction kernel = KernelActionFor(incoming);
      long r = KernelSigactionSet(sig, &kernel, nullptr);
      if (IsError(r)) return Skip(f, r);
    }
    ts->signals->actions[sig] = incoming;
  }
  if (f->rdx != 0 && lzp_safe_copy(reinterpret_cast<void*>(f->rdx), &previous, sizeof(previous)) != sizeof(previous))
    return Skip(f, -EFAULT);
  return Skip(f, 0);
}

// rt_sigprocmask: the kernel never blocks kNeverBlocked; the thread's
// virtual bits say which of them the application believes blocked.
EnterResult SigprocmaskEnter(ThreadState* ts, EntryFrame* f) {
  ts->virtual_blocked_before = ts->virtual_blocked;
  ts->virtual_blocked_after = ts->virtual_blocked;
  uint64_t set;
  if (f->rsi == 0 || !CopyFromApp(&set, f->rsi, 8)) return kRun;  // a query, or the kernel's EFAULT
  uint64_t ours = set & kNeverBlocked;
  switch (f->rdi) {
    case SIG_BLOCK: ts->virtual_blocked_after |= ours; break;
    case SIG_UNBLOCK: ts->virtual_blocked_after &= ~ours; break;
    case SIG_SETMASK: ts->virtual_blocked_after = ours; break;
    default: return kRun;  // EINVAL from the kernel
  }
  if (ours != 0 && f->rdi != SIG_UNBLOCK) {
    uint64_t* scratch = &ts->mask_scratch[ts->Level()];
    *scratch = set & ~kNeverBlocked;
    ReplaceArgument(ts, f, 1, reinterpret_cast<uint64_t>(scratch));
  }
  return kRun;
}

void SigprocmaskExit(ThreadState* ts, EntryFrame* f) {
  if (f->rax != 0) return;
  ts->virtual_blocked = ts->virtual_blocked_after;
  ts->held_owned &= ts->virtual_blocked;  // (unblocked: the kernel delivered it, as the call returned)
  ReportVirtualOldMask(ts, f, 0);  // report what the application blocked
}

int MaskArgument(uint64_t nr) {
  switch (nr) {
    case SYS_rt_sigsuspend: return 0;
    case SYS_ppoll: return 3;
    case SYS_epoll_pwait: case SYS_epoll_pwait2: return 4;
  }
  return -1;
}

EnterResult MaskArgEnter(ThreadState* ts, EntryFrame* f) {
  int index = MaskArgument(f->nr);
  uint64_t set;
  if (index < 0 || f->arg(index) == 0 || !CopyFromApp(&set, f->arg(index), 8) || !(set & kNeverBlocked)) return kRun;
  uint64_t* scratch = &ts->mask_scratch[ts->Level()];
  *scratch = set & ~kNeverBlocked;
  ReplaceArgument(ts, f, index, reinterpret_cast<uint64_t>(scratch));
  return kRun;
}

// rt_sigtimedwait took a signal: a held SIGSEGV/SIGBUS it took is no longer
// pending, and the thread gets it unblocked for real again.
void SigtimedwaitExit(ThreadState* ts, EntryFrame* f) {
  if (ts->held_owned == 0 || static_cast<int64_t>(f->rax) <= 0) return;
  uint64_t pending = 0;
  if (IsError(Sys(SYS_rt_sigpending, &pending, 8))) return;
  uint64_t taken = ts->held_owned & ~pending;
  if (taken == 0) return;
  Sys(SYS_rt_sigprocmask, SIG_UNBLOCK, &taken, 0, 8);
  ts->held_owned &= ~taken;
}

}  // namespace

const SyscallHook kSigtimedwaitHook = {nullptr, SigtimedwaitExit};
const SyscallHook kSigactionHook = {SigactionEnter, nullptr};
const SyscallHook kSigprocmaskHook = {SigprocmaskEnter, SigprocmaskExit};
const SyscallHook kMaskArgHook = {MaskArgEnter, nullptr};

}  // namespace lzp
