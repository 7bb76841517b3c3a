// tracer/hooks_signals.cc — keeping SIGSYS ours while the application uses signals.
//
// Syscall User Dispatch reports through SIGSYS, so SIGSYS must never be
// blocked (a dispatch while it is blocked kills the process) and our handler
// must stay installed. Masks the application passes (rt_sigprocmask,
// rt_sigsuspend, a handler's sa_mask) reach the kernel without SIGSYS; an
// rt_sigaction for SIGSYS itself is kept aside and answered as if installed.
// (Delivering a non-dispatch SIGSYS to the application's handler is part of
// the transparency work; today such a SIGSYS takes the default action.)
#include <errno.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/uio.h>

#include "tracer/hooks.h"
#include "tracer/memory_map.h"
#include "tracer/raw_syscall.h"

namespace lzp {
namespace {

constexpr uint64_t kSigsysBit = uint64_t{1} << (SIGSYS - 1);
constexpr int kSigactionMaskOffset = 24;  // kernel struct sigaction: handler, flags, restorer, mask

// The application's view of its SIGSYS disposition (process-wide).
uint64_t g_app_sigsys_action[4];

// Replaces the sigset at argument `index` with a copy lacking SIGSYS.
void StripSigsys(ThreadState* ts, EntryFrame* f, int index) {
  uint64_t set_addr = f->arg(index), mask;
  if (set_addr == 0 || !SafeRead(&mask, set_addr, 8) || !(mask & kSigsysBit)) return;
  ts->mask_scratch = mask & ~kSigsysBit;
  ReplaceArgument(ts, f, index, reinterpret_cast<uint64_t>(&ts->mask_scratch));
}

bool WriteApp(uint64_t dst, const void* src, uint64_t n) {
  struct iovec local = {const_cast<void*>(src), n};
  struct iovec remote = {reinterpret_cast<void*>(dst), n};
  return Sys(SYS_process_vm_writev, Sys(SYS_getpid), &local, 1, &remote, 1, 0) == static_cast<long>(n);
}

EnterResult SigprocmaskEnter(ThreadState* ts, EntryFrame* f) {
  if (f->rdi != SIG_UNBLOCK) StripSigsys(ts, f, 1);
  return kRun;
}

EnterResult SigsuspendEnter(ThreadState* ts, EntryFrame* f) {
  StripSigsys(ts, f, 0);
  return kRun;
}

EnterResult SigactionEnter(ThreadState* ts, EntryFrame* f) {
  if (f->rdi == SIGSYS) {
    uint64_t incoming[4];
    if (f->rsi != 0 && !SafeRead(incoming, f->rsi, sizeof(incoming))) {
      f->rax = static_cast<uint64_t>(-EFAULT);
      return {LZP_ACTION_SKIP, 0};
    }
    if (f->rdx != 0 && !WriteApp(f->rdx, g_app_sigsys_action, sizeof(g_app_sigsys_action))) {
      f->rax = static_cast<uint64_t>(-EFAULT);
      return {LZP_ACTION_SKIP, 0};
    }
    if (f->rsi != 0)
      for (int i = 0; i < 4; ++i) g_app_sigsys_action[i] = incoming[i];
    f->rax = f->r10 == 8 ? 0 : static_cast<uint64_t>(-EINVAL);
    return {LZP_ACTION_SKIP, 0};
  }
  if (f->rsi != 0 && SafeRead(ts->sigaction_scratch, f->rsi, sizeof(ts->sigaction_scratch)) &&
      (ts->sigaction_scratch[kSigactionMaskOffset / 8] & kSigsysBit)) {
    ts->sigaction_scratch[kSigactionMaskOffset / 8] &= ~kSigsysBit;
    ReplaceArgument(ts, f, 1, reinterpret_cast<uint64_t>(ts->sigaction_scratch));
  }
  return kRun;
}

}  // namespace

const SyscallHook kSigprocmaskHook = {SigprocmaskEnter, nullptr, 0};
const SyscallHook kSigsuspendHook = {SigsuspendEnter, nullptr, 0};
const SyscallHook kSigactionHook = {SigactionEnter, nullptr, 0};

}  // namespace lzp
