// tracer/hooks_altstack.cc — warning about signal stacks too small for us.
//
// A handler running on a sigaltstack runs the interposer on that stack too:
// our signal wrapper, and for each syscall the handler makes the entry path —
// and, in SUD mode or the first time a site runs in hybrid mode, a second
// kernel signal frame (SIGSYS), a full XSAVE image as large as the kernel's
// minimum itself (AT_MINSIGSTKSZ). sigaltstack is run as asked; a stack that
// leaves less than kRoomWeNeed above that minimum works untraced and can
// crash traced, and lzptrace says so on stderr, once per process.
//
// What moves off the program's stack, and why not more (issue 13).
//
// The kernel's rule: a frame for an SA_ONSTACK handler starts at the top of
// the sigaltstack unless the interrupted stack pointer is inside it (then it
// goes below that pointer, past the red zone). So a thread that leaves the
// program's sigaltstack while frames on it are live — a handler there made a
// syscall, and the interposer switched to a stack of its own — has every
// SA_ONSTACK signal arriving meanwhile written over those frames. Our own
// SIGSEGV/SIGBUS handler is SA_ONSTACK (the program's overflow handlers need
// the sigaltstack), and safe copies of the program's memory fault by design,
// so "a signal while we are on our stack" is not rare. (Observed: when
// the interposer overflows a program's sigaltstack into a guard page, the
// thread spins on a push with rsp == ss_sp instead of dying, and the kernel
// counts ss_sp itself as off the stack: each SIGSEGV frame, by the rule
// above, lands on the top, over the live ones.) A stack of our own is therefore sound only where no signal can be
// delivered while we are on it:
//
// - The SIGSYS handler's rewrite (tracer/sud.cc, hybrid mode) qualifies:
//   our handler is installed with every blockable signal but SIGSYS in its
//   mask, which the kernel applies atomically with the delivery, and the
//   rewrite reads nothing that may fault. It now runs on a per-thread stack
//   (mapped on the thread's first rewrite, above a guard page; a trap that
//   finds the thread on it already runs in place). That is ~2.2 KiB
//   (ProtectionAt's buffer over /proc/self/maps) off the program's stack on
//   a site's first run. (SUD mode rewrites nothing and keeps its mask.)
// - The entry path and the signal wrapper do not, without more: they read
//   the program's memory through safe copies (SIGSEGV must stay deliverable)
//   and the program's syscall must be interruptible. A sound version blocks
//   every asynchronous signal (rt_sigprocmask) before leaving the program's
//   sigaltstack, makes the program's syscall with the stack pointer back on
//   it and the program's mask (so a signal interrupting it nests where it
//   would untraced, and a nested entry takes our stack below the live
//   frame), blocks again after, restores the mask after switching back, and
//   installs our SIGSEGV/SIGBUS handler SA_ONSTACK only if the program's
//   handler is (refusing the switch otherwise): four more syscalls per
//   syscall made on a sigaltstack. Measured, it would gain little: with the
//   handler's sites already rewritten (hybrid), the entry path and wrapper
//   cost 640 bytes of the program's stack (docs/reliability.md).
// - The nested SIGSYS frame cannot move. The kernel puts it on the current
//   stack, or on a registered sigaltstack if SIGSYS were SA_ONSTACK and the
//   thread were off it. Registering ours while the program's handler runs on
//   the program's means every program SA_ONSTACK signal is delivered on ours
//   too, and by the rule above a nested one starts at the top of ours, over
//   the outer frame still in use (the earlier, unmerged attempt). Making that
//   sound means re-registering below each live frame (refused with EPERM
//   while on it, and racing signals unless they are blocked around it),
//   showing the program its own sigaltstack in uc_stack and sigaltstack's
//   answers, and putting ours back at every rt_sigreturn: virtualizing the
//   sigaltstack altogether. Not done. Eager rewriting does not avoid it for
//   one process: it rewrites sites other processes of the run have met.
//
// So, with a guard page below the program's sigaltstack (tests/programs/
// fights.c altstack N g), a handler making syscalls needs about the kernel's
// frame twice over in SUD mode and on a site's first run in hybrid mode, the
// kernel's frame + 640 bytes in hybrid mode once its sites are rewritten;
// the warning stays for stacks under AT_MINSIGSTKSZ + 4 KiB.
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
