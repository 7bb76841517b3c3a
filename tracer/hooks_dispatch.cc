// tracer/hooks_dispatch.cc — the program asking for Syscall User Dispatch
// itself.
//
// A thread has one dispatch configuration, and tracing needs it (tracer/sud.cc):
// a program's prctl(PR_SET_SYSCALL_USER_DISPATCH) would replace ours, after
// which every syscall of the interposer's callers would trap into a handler
// that does not expect it. So the call is refused with EINVAL (what a kernel
// without the feature answers) and lzptrace says so on stderr, once per process.
#include <errno.h>
#include <sys/prctl.h>

#include "tracer/events.h"
#include "tracer/hooks.h"
#include "tracer/process.h"

namespace lzp {
namespace {

EnterResult PrctlEnter(ThreadState* ts, EntryFrame* f) {
  if (!g_process.active || f->rdi != PR_SET_SYSCALL_USER_DISPATCH) return kRun;
  static bool said;  // once per process
  return RefuseSayingOnce(ts, f, &said,
                          "lzptrace: the program asked for its own Syscall User Dispatch, which tracing uses: refused with EINVAL",
                          EINVAL);
}

}  // namespace

EnterResult RefuseSayingOnce(ThreadState* ts, EntryFrame* f, bool* said, const char* why, int error) {
  if (!*said) EmitNotice(ts, why, false);
  *said = true;
  f->rax = static_cast<uint64_t>(-error);
  return {LZP_ACTION_SKIP, 0};
}

const SyscallHook kPrctlHook = {PrctlEnter, nullptr};

}  // namespace lzp
