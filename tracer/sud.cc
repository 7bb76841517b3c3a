// tracer/sud.cc — Syscall User Dispatch and the SIGSYS handler.
//
// Dispatch lets syscalls made from lzp_syscall_text (asm/entry.S) through and
// turns every other one into a SIGSYS while the thread's selector byte says
// BLOCK, which it always does. The kernel does not run the syscall and
// rewinds rax to its number. Our handler:
//   1. asks zpoline.cc to rewrite the site so it never traps again, and
//      eager_rewrite.cc to publish it for other processes;
//   2. redirects the thread into lzp_sud_entry with rcx = the resume address,
//      leaving the application's stack untouched, and returns.
// The kernel's sigreturn then lands in the common entry path, which runs the
// syscall from the allowed range. The handler is installed with SA_NODEFER:
// SIGSYS must never be blocked, or a trap while it is would kill the process.
// A SIGSYS that is not from dispatch (seccomp, kill) goes to the
// application's own disposition (tracer/signals.cc).
//
// With the trampoline (hybrid mode), step 1 runs on a stack of ours. The
// kernel puts the SIGSYS frame on the stack the trapped syscall ran on, and
// that can be a program's small sigaltstack (a handler making a syscall at
// a site run for the first time):
// the frame itself (a full XSAVE image, about the kernel's AT_MINSIGSTKSZ)
// has to go there, but the rewrite's work (ProtectionAt's 2 KiB buffer over
// /proc/self/maps) need not. Moving it is sound only because no signal can
// be delivered while we are on our stack: the handler is installed with
// every blockable signal but SIGSYS in its mask, which the kernel applies
// atomically with the delivery. Were one to arrive there with SA_ONSTACK
// (our own SIGSEGV/SIGBUS handler has it), the kernel, seeing a stack
// pointer off the program's sigaltstack, would start its frame at the top
// of that sigaltstack — over the frames live on it, this SIGSYS frame among
// them. A synchronous fault in the rewrite (there is none to expect: it
// reads /proc through syscalls and writes two bytes of a page it has just
// made writable) would find SIGSEGV blocked and end the process, as a fault
// there would anyway. SIGSYS stays unblocked (a trap while it is blocked
// kills): one that lands on our stack (a seccomp filter trapping one of the
// rewrite's own syscalls) runs there, and a dispatch SIGSYS arriving while
// the stack pointer is on our stack runs in place, never from its top again.
// The mask the kernel added is the interrupted mask again at rt_sigreturn;
// a SIGSYS that is not from dispatch puts that mask back before anything
// else (tracer/signals.cc reads the program's memory, which may fault, and
// runs the program's handler with the mask it would have untraced).
//
// In SUD-only mode the handler blocks every signal too, for the program's
// sake: a signal arriving while it ran would interrupt our handler's code,
// and the program's handler would return to it with rt_sigreturn's result
// taken from our registers (it showed 0 for most of the signals of a timer
// storm). Blocked, it is delivered once the handler's rt_sigreturn has put
// the program's registers back, at lzp_sud_entry, where rax is still the
// program's (its syscall not made yet). The two updates of the thread's
// blocked set cost little beside the trap itself.
#include "tracer/sud.h"

#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <ucontext.h>

#include "tracer/eager_rewrite.h"
#include "tracer/our_mappings.h"
#include "tracer/process.h"
#include "tracer/raw_syscall.h"
#include "tracer/signals.h"
#include "tracer/zpoline.h"

extern "C" void lzp_sud_entry();
extern "C" void lzp_sud_exit_entry();
extern "C" void lzp_sigreturn_restorer();
extern "C" char __start_lzp_syscall_text[];
extern "C" char __stop_lzp_syscall_text[];

namespace lzp {
namespace {

constexpr int kSysUserDispatch = 2;  // si_code for SIGSYS from dispatch

// With the trampoline, the site's rewrite runs on a stack of ours: sound
// because the handler blocks every other signal while it runs (above).
bool g_rewrites;

void RewriteAndLearn(uint64_t site) {
  TryRewriteSite(site);
  LearnSite(site);  // other processes of this file rewrite it before it runs
}

// Calls fn(arg) with the stack pointer at `top` (16-byte aligned).
void CallOnStack(void (*fn)(uint64_t), uint64_t arg, uint64_t top) {
  asm volatile(
      "movq %%rsp, %%rbx\n\t"
      "movq %[top], %%rsp\n\t"
      "call *%[fn]\n\t"
      "movq %%rbx, %%rsp"
      : [fn] "+a"(fn), "+D"(arg), [top] "+S"(top)
      :
      : "rbx", "rcx", "rdx", "r8", "r9", "r10", "r11", "memory", "cc");
}

// The top of the thread's rewrite stack, mapped now if it is not yet; 0 if
// there is none or the thread is on it already (a nested trap runs in place).
uint64_t RewriteStackTop(ThreadState* ts) {
  if (ts == nullptr) return 0;
  if (ts->sigsys_stack == nullptr) {
    long p = Sys(SYS_mmap, 0, kSigsysGuardBytes + kSigsysStackBytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (IsError(p)) return 0;
    if (IsError(Sys(SYS_mprotect, p + kSigsysGuardBytes, kSigsysStackBytes, PROT_READ | PROT_WRITE))) {
      Sys(SYS_munmap, p, kSigsysGuardBytes + kSigsysStackBytes);
      return 0;
    }
    NoteOurMapping(static_cast<uint64_t>(p), kSigsysGuardBytes + kSigsysStackBytes);
    ts->sigsys_stack = reinterpret_cast<uint8_t*>(p + kSigsysGuardBytes);
  }
  uint64_t low = reinterpret_cast<uint64_t>(ts->sigsys_stack), top = low + kSigsysStackBytes;
  uint64_t here = reinterpret_cast<uint64_t>(__builtin_frame_address(0));
  if (here >= low - kSigsysGuardBytes && here < top) return 0;
  return top;
}

void OnSigsys(int sig, siginfo_t* info, void* context) {
  auto* uc = static_cast<ucontext_t*>(context);
  if (info->si_code != kSysUserDispatch) {  // seccomp, kill(): the application's business
    Sys(SYS_rt_sigprocmask, SIG_SETMASK, &uc->uc_sigmask, 0, 8);  // the mask before our handler's
    ShowTheProgramsCallSite(info, context);
    RecordSignal(sig, info, context);
    ForwardToApplication(sig, info, context, true);
    return;
  }
  greg_t* regs = uc->uc_mcontext.gregs;
  uint64_t resume = static_cast<uint64_t>(regs[REG_RIP]);
  ThreadState* ts = CurrentThread();
  uint64_t top = g_rewrites ? RewriteStackTop(ts) : 0;
  if (top != 0) {
    CallOnStack(RewriteAndLearn, resume - 2, top);
  } else {
    RewriteAndLearn(resume - 2);
  }
  if (ts != nullptr) ts->via_sigsys = true;
  regs[REG_RCX] = static_cast<greg_t>(resume);
  regs[REG_RIP] = reinterpret_cast<greg_t>(&lzp_sud_entry);
  if (regs[REG_RAX] == LZP_SYS_EXIT && ts != nullptr && ts->exit_stack_top != 0) {
    // A thread's exit: the entry path on the thread's exit stack, as from
    // the trampoline (asm/entry.S); the program may be done with its own.
    regs[REG_R11] = regs[REG_RSP];
    regs[REG_RSP] = static_cast<greg_t>(ts->exit_stack_top);
    regs[REG_RIP] = reinterpret_cast<greg_t>(&lzp_sud_exit_entry);
  }
}

}  // namespace

long InstallSigsysHandler() {
  // Every blockable signal but SIGSYS blocked while it runs (see above).
  g_rewrites = g_process.zpoline;
  // Without the trampoline (SUD-only mode) every syscall traps, and the kernel's frame
  // (a full XSAVE image, ~3 KiB here) lands on whatever stack the program
  // was on: a Go goroutine's stack of 2-8 KiB overflowed into its
  // neighbour's (a cgo program died once in ~100 runs). SA_ONSTACK puts it
  // on the thread's sigaltstack when the program registered one and the
  // thread is not on it already (Go registers 32 KiB per thread); nested
  // ones go below, by the kernel's rule. Not with the trampoline: its
  // rewrite moves to a stack of ours, where a SIGSYS (a seccomp trap of one
  // of the rewrite's syscalls) must nest in place, not start over at the top
  // of the sigaltstack on the outer frame.
  KernelSigaction act = {reinterpret_cast<uint64_t>(&OnSigsys),
                         SA_SIGINFO | kSaRestorer | SA_NODEFER | (g_rewrites ? 0 : SA_ONSTACK),
                         reinterpret_cast<uint64_t>(&lzp_sigreturn_restorer),
                         ~(SigBit(SIGSYS) | SigBit(SIGKILL) | SigBit(SIGSTOP))};
  return Sys(SYS_rt_sigaction, SIGSYS, &act, 0, 8);
}

long EnableDispatch(ThreadState* ts) {
  uint64_t start = reinterpret_cast<uint64_t>(__start_lzp_syscall_text);
  uint64_t len = reinterpret_cast<uint64_t>(__stop_lzp_syscall_text) - start;
  return Sys(SYS_prctl, PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_ON, start, len, &ts->sud_selector);
}

}  // namespace lzp
