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
#include "tracer/sud.h"

#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <ucontext.h>

#include "tracer/eager_rewrite.h"
#include "tracer/process.h"
#include "tracer/raw_syscall.h"
#include "tracer/signals.h"
#include "tracer/zpoline.h"

extern "C" void lzp_sud_entry();
extern "C" void lzp_sigreturn_restorer();
extern "C" char __start_lzp_syscall_text[];
extern "C" char __stop_lzp_syscall_text[];

namespace lzp {
namespace {

constexpr int kSysUserDispatch = 2;  // si_code for SIGSYS from dispatch

void OnSigsys(int sig, siginfo_t* info, void* context) {
  if (info->si_code != kSysUserDispatch) {  // seccomp, kill(): the application's business
    RecordSignal(sig, info, context);
    ForwardToApplication(sig, info, context, true);
    return;
  }
  auto* uc = static_cast<ucontext_t*>(context);
  greg_t* regs = uc->uc_mcontext.gregs;
  uint64_t resume = static_cast<uint64_t>(regs[REG_RIP]);
  TryRewriteSite(resume - 2);
  LearnSite(resume - 2);  // other processes of this file rewrite it before it runs
  ThreadState* ts = CurrentThread();
  if (ts != nullptr) ts->via_sigsys = true;
  regs[REG_RCX] = static_cast<greg_t>(resume);
  regs[REG_RIP] = reinterpret_cast<greg_t>(&lzp_sud_entry);
}

}  // namespace

long InstallSigsysHandler() {
  KernelSigaction act = {reinterpret_cast<uint64_t>(&OnSigsys), SA_SIGINFO | kSaRestorer | SA_NODEFER,
                         reinterpret_cast<uint64_t>(&lzp_sigreturn_restorer), 0};
  return Sys(SYS_rt_sigaction, SIGSYS, &act, 0, 8);
}

long EnableDispatch(ThreadState* ts) {
  uint64_t start = reinterpret_cast<uint64_t>(__start_lzp_syscall_text);
  uint64_t len = reinterpret_cast<uint64_t>(__stop_lzp_syscall_text) - start;
  return Sys(SYS_prctl, PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_ON, start, len, &ts->sud_selector);
}

}  // namespace lzp
