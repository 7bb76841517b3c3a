// tracer/attach_entry.cc — the entry points lzptrace calls in a process it
// attached to (-p), through ptrace (cli/injector/attach_start.cc, detach.cc).
//
// The constructor (init.cc) has already run in one thread, the one lzptrace
// attached first: it mapped the ring, took over signal handling and turned
// on Syscall User Dispatch for that thread. Dispatch is per thread, and so
// is our state, so every other thread that existed before the attach is
// made to call lzp_attach_thread once, on its own stack, while stopped: it
// gets a ThreadState (sharing the process's signal table), keeps its real
// signal mask as the one the program believes it has, and turns dispatch on.
// One asleep in a call the kernel resumes through restart_syscall is then
// left where that restart goes through our entry path (lzp_attach_restart_resume).
// (The constructor's thread calls it too, for its mask alone.)
// Threads created later get theirs from the clone path, as in any process.
//
// lzp_detach makes the interposer inert (no thread records anything any
// more; the entry path then only runs the syscalls it is given), gives the
// kernel back the program's own signal dispositions, and returns the
// DetachPlan (detach_plan.h) of what lzptrace must remove. Dispatch itself
// lzptrace turns off per thread with PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG.
// Both are freestanding like the rest: raw syscalls only.
#include <errno.h>
#include <sys/syscall.h>

#include "tracer/detach_plan.h"
#include "tracer/our_mappings.h"
#include "tracer/process.h"
#include "tracer/raw_syscall.h"
#include "tracer/rewritten_sites.h"
#include "tracer/signals.h"
#include "tracer/sud.h"
#include "tracer/thread_state.h"

extern "C" char lzp_app_syscall_site[];
extern "C" char lzp_direct_syscall_site[];
extern "C" char lzp_attach_restart_resume[];

// `restart_return` (0: none): the thread sleeps in a call the kernel will
// resume through restart_syscall, and this is the program's address just
// past it. The answer is then where lzptrace must leave the thread
// (asm/entry.S, lzp_attach_restart_resume) instead of 0.
extern "C" __attribute__((visibility("default"))) long lzp_attach_thread(uint64_t restart_return) {
  using namespace lzp;
  if (!g_process.active) return -EINVAL;
  uint64_t gs;
  asm volatile("rdgsbase %0" : "=r"(gs));
  ThreadState* ts = reinterpret_cast<ThreadState*>(gs);  // the constructor's thread has one already
  if (ts == nullptr) {
    g_multithreaded = true;  // (one that was all along: sites must be rewritten atomically)
    ts = NewThreadState(nullptr);
    if (ts == nullptr) return -ENOMEM;
    ts->signals = g_process.main_signals;
  }
  uint64_t mask = 0;
  if (!IsError(Sys(SYS_rt_sigprocmask, SIG_BLOCK, 0, &mask, 8))) ts->virtual_blocked = mask;
  if (mask & kNeverBlocked) {  // as for any traced thread: these stay deliverable for real
    uint64_t unblock = kNeverBlocked;
    Sys(SYS_rt_sigprocmask, SIG_UNBLOCK, &unblock, 0, 8);
  }
  ts->attach_restart_return = restart_return;
  long answer = restart_return != 0 ? reinterpret_cast<long>(lzp_attach_restart_resume) : 0;
  if (gs != 0) return answer;
  InstallThreadState(ts);
  long enabled = EnableDispatch(ts);
  return IsError(enabled) ? enabled : answer;
}

extern "C" __attribute__((visibility("default"))) const lzp::proto::DetachPlan* lzp_detach() {
  using namespace lzp;
  static proto::DetachPlan plan;
  g_process.active = false;
  if (g_process.main_signals != nullptr) RestoreApplicationSignals(g_process.main_signals);
  plan.sites = reinterpret_cast<uint64_t>(RewrittenSites(&plan.site_count, &plan.site_count_address));
  plan.mappings = reinterpret_cast<uint64_t>(OurMappingSlots(&plan.mapping_count));
  plan.page_zero = g_process.zpoline ? 1 : 0;
  plan.app_syscall_site = reinterpret_cast<uint64_t>(lzp_app_syscall_site);
  plan.direct_syscall_site = reinterpret_cast<uint64_t>(lzp_direct_syscall_site);
  return &plan;
}
