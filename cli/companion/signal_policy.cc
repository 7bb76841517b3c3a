// cli/companion/signal_policy.cc — which signals the companion shows, and
// the syscall a signal cuts short.
//
// Which signals the companion reports: the interposer already records every
// signal that reaches a handler the application installed (its wrapper runs
// first), and every SIGSYS, SIGSEGV and SIGBUS that is not its own (it owns
// those three for good). So in a process whose interposer is up, the
// companion reports a signal only if the kernel's disposition for it is not
// "caught" (/proc/TID/status, SigCgt): the default action (ignore, stop,
// terminate, dump core) or SIG_IGN — exactly the ones no handler sees. In a
// process without the interposer (the loader's first calls, a static or
// setuid program) it reports every signal, as strace does.
//
// A signal that arrives as a syscall returns, before the interposer has
// recorded that call, would print before it: if it neither stops nor kills,
// it is left in the thread's in-flight slot for the thread to record after
// the call; if it stops or kills the task, the companion records the call
// itself from the registers (restart code included) and marks it recorded.
// One that interrupted a blocking call the kernel will restart (a traced
// task is woken even for a signal it ignores) is shown as strace shows it:
// the call "= ? ERESTARTSYS" (recorded by the companion), the signal, then
// the call again when it finishes (recorded by the interposer).
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/user.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "cli/companion/companion_state.h"
#include "cli/companion/ring_records.h"
#include "tracer/ring_writer.h"

namespace lzp::cli {
namespace {

// Is `sig` in the signal mask /proc/TID/status shows as `field` (SigCgt: a
// handler is installed; SigIgn: SIG_IGN)?
bool InMask(pid_t tid, const char* field, int sig) {
  std::string mask = StatusField(tid, field);
  if (mask.empty()) return false;
  unsigned long long bits = std::strtoull(mask.c_str(), nullptr, 16);
  return sig >= 1 && sig <= 64 && ((bits >> (sig - 1)) & 1);
}

// Does the default action of `sig` end the process (terminate or dump core)?
bool DefaultKills(int sig) {
  return !IsStopSignal(sig) && sig != SIGCHLD && sig != SIGURG && sig != SIGWINCH && sig != SIGCONT;
}

// The kernel's codes for a syscall a signal interrupted before it finished.
bool IsRestartCode(int64_t ret) { return ret == -512 || ret == -513 || ret == -514 || ret == -516; }

}  // namespace

void PtraceCompanion::State::OnSignal(pid_t tid, Task& task, int sig) {
  siginfo_t info;
  if (ptrace(PTRACE_GETSIGINFO, tid, nullptr, &info) != 0) return Resume(tid, sig);
  task.group_stopped = false;
  bool interposer = !processes[task.pid].stepping;
  bool owned = interposer && (sig == SIGSYS || sig == SIGSEGV || sig == SIGBUS);
  if (owned || (interposer && InMask(tid, "SigCgt:", sig))) return Resume(tid, sig);  // its wrapper records it
  bool kills = DefaultKills(sig) && !InMask(tid, "SigIgn:", sig);
  if (kills || IsStopSignal(sig)) {
    // It kills or stops the task before it can record the syscall it is
    // returning from, if any: show that call first, as strace does.
    RecordCallCutBy(task, tid, kills);
  } else if (interposer && RecordCallCutBy(task, tid, false, true)) {
    // The call to be restarted is shown cut short: the signal follows it now.
  } else if (interposer && DeferToThread(tid, info)) {
    // Neither: the thread records the signal itself, after that call.
    return Resume(tid, sig);
  }
  companion::WriteSignal(task.pid, tid, info, InterruptedIp(tid));
  Resume(tid, sig);
}

proto::InflightSlot* PtraceCompanion::State::SlotOf(pid_t tid) const {
  auto* slots = reinterpret_cast<proto::InflightSlot*>(reinterpret_cast<uint8_t*>(ring.control) + proto::kInflightOffset);
  uint32_t count = std::min(ring.control->inflight_next.load(std::memory_order_acquire), proto::kInflightSlots);
  // A tid can own two slots: one its old image claimed before an exec, one
  // the new image's. The one in a call is the one that matters.
  proto::InflightSlot* found = nullptr;
  for (uint32_t i = 0; i < count; ++i) {
    if (slots[i].owner_tid.load(std::memory_order_acquire) != static_cast<uint32_t>(tid)) continue;
    found = &slots[i];
    if (found->active_depth.load(std::memory_order_acquire) != 0) break;
  }
  return found;
}

// The task stops or dies at a signal as a syscall returns (or as the kernel
// set it up for a restart): the call's record, from its registers. A
// finished call is marked in the thread's slot so its interposer does not
// record it again; one to be restarted is recorded again when it finishes,
// as strace shows it twice.
// (`only_restarts`: only a call the kernel will restart.) True if recorded.
bool PtraceCompanion::State::RecordCallCutBy(Task& task, pid_t tid, bool kills, bool only_restarts) {
  struct user_regs_struct regs;
  if (ptrace(PTRACE_GETREGS, tid, nullptr, &regs) != 0 || static_cast<int64_t>(regs.orig_rax) < 0) return false;
  int64_t ret = static_cast<int64_t>(regs.rax);
  if (only_restarts && !IsRestartCode(ret)) return false;
  const uint64_t args[6] = {regs.rdi, regs.rsi, regs.rdx, regs.r10, regs.r8, regs.r9};
  // Stepped, the call's exit stop came before this one: it is recorded.
  if (processes[task.pid].stepping) return false;
  proto::InflightSlot* slot = SlotOf(tid);
  uint32_t depth = slot ? slot->active_depth.load(std::memory_order_acquire) : 0;
  if (depth == 0 || depth > proto::kInflightDepth || slot->entries[depth - 1].nr != regs.orig_rax) {
    // -c alone keeps no slots: a call the kernel will restart, or one the
    // signal kills the task as it returns from, counts as strace counts it.
    if ((only_restarts || kills) && options.summary && !options.summary_and_trace) loader.CountCut(regs.orig_rax, ret);
    return false;
  }
  loader.KilledInCall(task.pid, tid, ret, args, regs.orig_rax, kills, slot->entries[depth - 1].tsc_enter);
  if (!IsRestartCode(ret)) {
    slot->companion_recorded.store(depth, std::memory_order_release);
  } else if (!kills) {
    // Restarted: a call of its own from now on (the task is stopped, its
    // slot still; the printer moves it after this signal's line), which
    // cli/read/blocked_calls.h may announce again if it blocks, and which
    // the kernel resumes as restart_syscall after ERESTART_RESTARTBLOCK
    // (the interposer records it under that name: tracer/events.cc).
    constexpr int64_t kRestartBlock = -516;
    slot->entries[depth - 1].tsc_enter = ReadTsc();
    if (ret == kRestartBlock) slot->entries[depth - 1].nr = SYS_restart_syscall;
  }
  return true;
}

bool PtraceCompanion::State::DeferToThread(pid_t tid, const siginfo_t& info) {
  proto::InflightSlot* slot = SlotOf(tid);
  if (slot == nullptr || slot->active_depth.load(std::memory_order_acquire) == 0 || slot->deferred_signo.load() != 0)
    return false;
  std::memcpy(slot->deferred_siginfo, &info, sizeof(slot->deferred_siginfo));
  slot->deferred_signo.store(static_cast<uint32_t>(info.si_signo), std::memory_order_release);
  return true;
}

}  // namespace lzp::cli
