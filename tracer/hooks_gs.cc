// tracer/hooks_gs.cc — the GS base, which is the interposer's.
//
// Each traced thread's GS base points at its ThreadState (thread_state.h):
// userspace x86-64 Linux leaves GS unused, so untraced a thread's GS base is
// 0. arch_prctl(ARCH_GET_GS) is answered with that 0, written as the kernel
// writes it (EFAULT for an address it cannot write), so the program never
// sees our pointer. arch_prctl(ARCH_SET_GS) would take the thread's state
// away from the entry path (the next syscall would read the program's
// memory as ours): it is refused with EPERM, said once per process on
// stderr, as the program's own Syscall User Dispatch is (hooks_dispatch.cc).
#include <errno.h>

#include "tracer/events.h"
#include "tracer/hooks.h"
#include "tracer/process.h"
#include "tracer/safe_copy.h"

namespace lzp {
namespace {

constexpr uint64_t kArchSetGs = 0x1001, kArchGetGs = 0x1004;  // <asm/prctl.h>

EnterResult ArchPrctlEnter(ThreadState* ts, EntryFrame* f) {
  if (!g_process.active || (f->rdi != kArchSetGs && f->rdi != kArchGetGs)) return kRun;
  if (f->rdi == kArchGetGs) {
    const uint64_t untraced_base = 0;
    bool faulted = lzp_safe_copy(reinterpret_cast<void*>(f->rsi), &untraced_base, sizeof(untraced_base)) & kCopyFaulted;
    f->rax = faulted ? static_cast<uint64_t>(-EFAULT) : 0;
    return {LZP_ACTION_SKIP, 0};
  }
  static bool said;  // once per process
  return RefuseSayingOnce(ts, f, &said, "lzptrace: the program set its GS base, which tracing uses: refused with EPERM", EPERM);
}

}  // namespace

const SyscallHook kArchPrctlHook = {ArchPrctlEnter, nullptr};

}  // namespace lzp
