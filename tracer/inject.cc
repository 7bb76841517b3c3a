// tracer/inject.cc — see inject.h.
#include "tracer/inject.h"

#include <fcntl.h>
#include <sys/syscall.h>
#include <time.h>

#include "tracer/events.h"
#include "tracer/frame_flags.h"
#include "tracer/notice_text.h"
#include "tracer/process.h"
#include "tracer/raw_syscall.h"
#include "tracer/safe_copy.h"

namespace lzp {
namespace {

proto::InjectPlan g_plan;
proto::InjectPokes g_pokes;     // only the pokes whose offsets LoadInjectPlan checked
uint32_t g_counts[8][512];  // per rule, per syscall: calls seen in this process
// The process g_counts counts for. A forked child starts with its parent's
// copy; strace counts each tracee from 0, so the child's first call that an
// injection names zeroes them. (A vfork child shares them with its suspended
// parent: its zeroing restarts the parent's counts too, which strace's do not.)
uint32_t g_counts_pid;

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

bool Names(const proto::InjectRule& r, uint64_t nr) { return (r.syscalls[nr / 64] >> (nr % 64)) & 1; }

// Writes where the application's pointer points, as strace's ptrace pokes
// can: a plain copy that survives a bad pointer, and where that faults (a
// read-only page: a string literal) a write through /proc/self/mem, which
// the kernel lets through protections as it does ptrace's.
bool WriteApplicationMemory(uint64_t address, const uint8_t* bytes, uint32_t length) {
  // In hybrid mode page 0 is the trampoline; to the application it is not mapped.
  if ((g_process.zpoline && address < 4096) || address + length < address) return false;
  if (lzp_safe_copy(reinterpret_cast<void*>(address), bytes, length) == length) return true;
  long fd = Sys(SYS_openat, AT_FDCWD, "/proc/self/mem", O_RDWR | O_CLOEXEC);
  if (IsError(fd)) return false;
  long written = Sys(SYS_pwrite64, fd, bytes, length, address);
  Sys(SYS_close, fd);
  return written == static_cast<long>(length);
}

// Writes one poke; false (after saying why, as strace does, in a notice
// "lzptrace: poke_tcb: Failed to tamper with process TID: WHY") if it could not.
bool Poke(const ThreadState* ts, const EntryFrame* f, const proto::InjectPoke& poke) {
  const uint64_t args[7] = {f->rdi, f->rsi, f->rdx, f->r10, f->r8, f->r9, 0};
  NoticeText why;
  why.Put("lzptrace: poke_tcb: Failed to tamper with process ").Put(ts->tid).Put(": ");
  uint8_t nargs = g_pokes.nargs[f->nr];
  if (poke.arg > nargs) {
    why.Put("requested to tamper with argument #").Put(poke.arg).Put(", but system call '");
    why.Put(reinterpret_cast<const char*>(g_pokes.bytes + g_pokes.name[f->nr])).Put("' has only ").Put(nargs);
    why.Put(" arguments");  // strace says "1 arguments" too
    EmitNotice(ts, why.Text(), false);
    return false;
  }
  if (WriteApplicationMemory(args[poke.arg - 1], g_pokes.bytes + poke.data, poke.length)) return true;
  EmitNotice(ts, why.Put("couldn't poke").Text(), false);
  return false;
}

// The pokes of `rule` at entry or exit, last given first (strace's order);
// true if one worked.
bool PokeAll(const ThreadState* ts, const EntryFrame* f, int rule, bool at_exit) {
  bool any = false;
  for (uint32_t i = g_pokes.count; i-- > 0;) {
    const proto::InjectPoke& poke = g_pokes.pokes[i];
    if (poke.rule == rule && poke.at_exit == (at_exit ? 1 : 0) && Poke(ts, f, poke)) any = true;
  }
  return any;
}

}  // namespace

void LoadInjectPlan(const proto::InjectPlan* plan, const proto::InjectPokes* pokes) {
  g_plan = *plan;
  if (g_plan.count > 8) g_plan.count = 0;
  g_pokes = *pokes;
  // Keep only pokes that stay inside the data and name a rule and an argument.
  uint32_t kept = 0;
  for (uint32_t i = 0; i < g_pokes.count && i < proto::kMaxPokes; ++i) {
    const proto::InjectPoke& p = g_pokes.pokes[i];
    if (p.rule < g_plan.count && p.arg >= 1 && p.arg <= 7 && p.length >= 1 && p.length <= proto::kPokeMaxBytes &&
        uint32_t{p.data} + p.length <= sizeof(g_pokes.bytes))
      g_pokes.pokes[kept++] = p;
  }
  g_pokes.count = kept;
  g_pokes.bytes[sizeof(g_pokes.bytes) - 1] = '\0';  // so every name offset ends inside
  for (uint8_t& nargs : g_pokes.nargs)
    if (nargs > 6) nargs = 6;
}

bool InjectionNames(uint64_t nr) {
  if (nr >= 512) return false;
  for (uint32_t i = 0; i < g_plan.count; ++i)
    if (Names(g_plan.rules[i], nr)) return true;
  return false;
}

bool InjectAtEntry(ThreadState* ts, EntryFrame* f) {
  if (g_plan.count == 0 || f->nr >= 512) return false;
  int level = ts->Level();
  ts->inject_rule[level] = -1;
  ts->inject_outcome[level] = 0;
  if (__atomic_load_n(&g_counts_pid, __ATOMIC_RELAXED) != static_cast<uint32_t>(ts->pid)) {  // a new process: count from 0
    for (auto& rule : g_counts)
      for (uint32_t& n : rule) __atomic_store_n(&n, 0, __ATOMIC_RELAXED);
    __atomic_store_n(&g_counts_pid, static_cast<uint32_t>(ts->pid), __ATOMIC_RELAXED);
  }
  // As in strace, a syscall obeys the last rule that names it, and only it.
  for (uint32_t i = g_plan.count; i-- > 0;) {
    const proto::InjectRule& r = g_plan.rules[i];
    if (!Names(r, f->nr)) continue;
    uint32_t n = __atomic_add_fetch(&g_counts[i][f->nr], 1, __ATOMIC_RELAXED);
    if (!Due(r, n)) return false;
    ts->inject_rule[level] = static_cast<int>(i);
    f->aux |= kInjectedBit;
    if (r.delay_enter_us != 0 || r.delay_exit_us != 0) ts->inject_outcome[level] |= proto::kDelayed;
    Delay(r.delay_enter_us);
    if (PokeAll(ts, f, static_cast<int>(i), false)) ts->inject_outcome[level] |= proto::kInjectedArgs;
    if (!(r.flags & (proto::kInjectError | proto::kInjectRetval))) return false;
    if (r.replacement >= 0 && r.replacement < 512) Sys(r.replacement);  // syscall=getpid: made, its result replaced
    if (r.flags & proto::kInjectError) f->rax = static_cast<uint64_t>(-static_cast<int64_t>(r.error));
    else f->rax = static_cast<uint64_t>(r.retval);
    if (!(r.flags & proto::kInjectError)) ts->inject_outcome[level] |= proto::kInjectedRetval;
    return true;
  }
  return false;
}

uint32_t InjectBeforeRecord(ThreadState* ts, EntryFrame* f) {
  int level = ts->Level();
  int rule = ts->inject_rule[level];
  if (rule < 0) return 0;
  if (PokeAll(ts, f, rule, true)) ts->inject_outcome[level] |= proto::kInjectedArgs;
  return ts->inject_outcome[level];
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
