// tracer/signals.h — the application's view of its signal dispositions.
//
// The interposer owns three signals for good: SIGSYS (Syscall User
// Dispatch), SIGSEGV and SIGBUS (faults inside asm/safe_copy.S). For every
// other signal with a handler, the kernel calls lzp_signal_wrapper, which
// records the delivery (strace's "--- SIGCHLD {...} ---" line) and calls the
// application's handler. The application sees, through rt_sigaction and
// rt_sigprocmask, exactly the dispositions and mask it set: its view lives in
// a SignalTable shared by the threads of a process (CLONE_SIGHAND), and in
// each thread's `virtual_blocked` bits.
#pragma once

#include <signal.h>

#include <cstdint>

#include "tracer/hooks.h"

namespace lzp {

// The kernel's struct sigaction on x86-64.
struct KernelSigaction {
  uint64_t handler;
  uint64_t flags;
  uint64_t restorer;
  uint64_t mask;
};

struct SignalTable {
  KernelSigaction actions[65];  // indexed by signal number
};

inline constexpr uint64_t SigBit(int sig) { return uint64_t{1} << (sig - 1); }
// Never blocked for real: a fault or dispatch while blocked would kill the process.
inline constexpr uint64_t kNeverBlocked = SigBit(SIGSYS) | SigBit(SIGSEGV) | SigBit(SIGBUS);
inline constexpr uint64_t kSaRestorer = 0x04000000;

// At start-up: reads the dispositions the process inherited into `table`
// and installs our SIGSEGV/SIGBUS handler. Returns -errno or 0.
long InitSignals(SignalTable* table);
// Detach (-p): the kernel's dispositions become the application's own again.
void RestoreApplicationSignals(const SignalTable* table);
// A private copy of `table` (for CLONE_VM children that do not share handlers).
SignalTable* CopySignalTable(const SignalTable* table);

// Runs the application's disposition for a signal that reached one of our
// handlers: its handler, or the default action, or nothing.
void ForwardToApplication(int sig, siginfo_t* info, void* context, bool owned);

// A seccomp filter's SECCOMP_RET_TRAP stopped a call the entry path made for
// the program: its SIGSYS names our `syscall`; the program's handler (and
// the trace) see the program's own instead (si_call_addr). The registers in
// the context stay the entry path's, but for rax, which the handler may set
// as the call's result.
void ShowTheProgramsCallSite(siginfo_t* info, const void* context);

// Records a delivered signal (when traced). A syscall the signal interrupted
// inside our entry path is recorded first, as strace orders them.
void RecordSignal(int sig, const siginfo_t* info, void* context);

// The rax the application resumes with after a signal handler returns to a
// context saved at `rip` (with `rax`) at nesting `depth`: inside the
// interposer that is not the register's value but the one the entry path
// gives back, the call's result or, before it ran, its number (in its
// frame); strace shows it as rt_sigreturn's result.
int64_t ApplicationRax(const struct ThreadState* ts, uint64_t rip, uint64_t rax, uint32_t depth);

// rt_sigreturn from the signal frame whose ucontext is at `frame`: true if
// it ends a delivery that was held (HoldUntilRecorded), which the program
// never saw: not recorded, not counted.
bool HideSigreturn(struct ThreadState* ts, uint64_t frame);

// The exit path wrote (or will not write) the record of the call that
// returned: signals that came meanwhile (HoldUntilRecorded) are unblocked,
// and the kernel delivers them now.
void ReleaseSignalsHeldForRecord(struct ThreadState* ts);

extern const SyscallHook kSigactionHook;   // rt_sigaction
extern const SyscallHook kSigprocmaskHook; // rt_sigprocmask
extern const SyscallHook kMaskArgHook;     // rt_sigsuspend, ppoll, epoll_pwait(2): SIGSYS stays unblocked
extern const SyscallHook kSigtimedwaitHook; // rt_sigtimedwait: a held SIGSEGV/SIGBUS it took is unblocked again

}  // namespace lzp
