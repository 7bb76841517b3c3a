// tracer/inject.cc — see inject.h.
#include "tracer/inject.h"

#include <sys/syscall.h>
#include <time.h>

#include "tracer/frame_flags.h"
#include "tracer/raw_syscall.h"

namespace lzp {
namespace {

proto::InjectPlan g_plan;
uint32_t g_counts[8][512];  // per rule, per syscall: calls seen in this process

void Delay(uint32_t micros) {
  if (micros == 0) return;
  struct timespec t = {static_cast<time_t>(micros / 1000000), static_cast<long>(micros % 1000000) * 1000};
  while (Sys(SYS_nanosleep, &t, &t) == -EINTR) {
  }
}

bool Due(const proto::InjectRule& r, uint32_t n) {
  if (n < r.first || (r.last != 0 && n > r.last)) return false;
  return r.step == 0 ? (r.last != 0 || n == r.first) : (n - r.first) % r.step == 0;
}

}  // namespace

void LoadInjectPlan(const proto::InjectPlan* plan) {
  g_plan = *plan;
  if (g_plan.count > 8) g_plan.count = 0;
}

bool InjectAtEntry(ThreadState* ts, EntryFrame* f) {
  if (g_plan.count == 0 || f->nr >= 512) return false;
  int level = ts->Level();
  ts->inject_rule[level] = -1;
  for (uint32_t i = 0; i < g_plan.count; ++i) {
    const proto::InjectRule& r = g_plan.rules[i];
    if (!((r.syscalls[f->nr / 64] >> (f->nr % 64)) & 1)) continue;
    uint32_t n = __atomic_add_fetch(&g_counts[i][f->nr], 1, __ATOMIC_RELAXED);
    if (!Due(r, n)) continue;
    ts->inject_rule[level] = static_cast<int>(i);
    f->aux |= kInjectedBit;
    Delay(r.delay_enter_us);
    if (r.flags & proto::kInjectError) f->rax = static_cast<uint64_t>(-static_cast<int64_t>(r.error));
    else if (r.flags & proto::kInjectRetval) f->rax = static_cast<uint64_t>(r.retval);
    else return false;
    return true;
  }
  return false;
}

// strace's injected signals come from the kernel (si_code SI_KERNEL, no
// sender). A task may queue such a siginfo to itself; the kernel allows it
// for the thread whose tid is the process id, so other threads send a plain
// tgkill (si_code SI_TKILL).
static void SendInjectedSignal(const ThreadState* ts, int sig) {
  constexpr int32_t kSiKernel = 0x80;
  int32_t info[32] = {};  // a siginfo_t: signo, errno, code, then zeros
  info[0] = sig;
  info[2] = kSiKernel;
  if (IsError(Sys(SYS_rt_tgsigqueueinfo, ts->pid, ts->tid, sig, info))) Sys(SYS_tgkill, ts->pid, ts->tid, sig);
}

void InjectAtExit(ThreadState* ts, EntryFrame*) {
  int rule = ts->inject_rule[ts->Level()];
  if (rule < 0) return;
  const proto::InjectRule& r = g_plan.rules[rule];
  Delay(r.delay_exit_us);
  if (r.flags & proto::kInjectSignal) SendInjectedSignal(ts, r.signal);
}

}  // namespace lzp
