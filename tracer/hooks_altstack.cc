// tracer/hooks_altstack.cc — warning about signal stacks too small for us.
//
// A handler running on a sigaltstack runs the interposer on that stack too:
// our signal wrapper, and for each syscall the handler makes the entry path —
// in SUD mode, or the first time a site runs in hybrid mode, a second kernel
// signal frame (SIGSYS) as large as the kernel's minimum (AT_MINSIGSTKSZ).
// A stack that leaves less than kRoomWeNeed above that minimum works untraced
// and can crash traced; we cannot move that work elsewhere (the thread has one
// alternate stack, and it is the program's), so sigaltstack is run as asked
// and lzptrace says so on stderr, once per process. Measured: a handler making syscalls
// on a stack of AT_MINSIGSTKSZ + 2.5 KiB crashed, + 3 KiB ran
// (docs/reliability.md).
#include <signal.h>

#include "tracer/events.h"
#include "tracer/hooks.h"
#include "tracer/process.h"
#include "tracer/safe_copy.h"

namespace lzp {
namespace {

constexpr uint64_t kRoomWeNeed = 4096;

EnterResult SigaltstackEnter(ThreadState* ts, EntryFrame* f) {
  if (!g_process.active || f->rdi == 0) return kRun;
  stack_t ss;
  if (!CopyFromApp(&ss, f->rdi, sizeof(ss)) || (ss.ss_flags & SS_DISABLE)) return kRun;
  if (ss.ss_size >= g_process.min_signal_stack + kRoomWeNeed) return kRun;
  static bool said;  // once per process
  if (!said)
    EmitNotice(ts, "lzptrace: the program's sigaltstack leaves less than 4 KiB above the kernel's minimum: a handler on "
                   "it that makes syscalls may crash under tracing (the interposer runs on that stack too)", false);
  said = true;
  return kRun;
}

}  // namespace

const SyscallHook kSigaltstackHook = {SigaltstackEnter, nullptr};

}  // namespace lzp
