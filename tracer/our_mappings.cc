// tracer/our_mappings.cc — the application's mprotect, munmap, madvise and
// MAP_FIXED pass around the interposer's memory.
//
// A program may change the protection of memory it did not map itself: a
// sweep over /proc/self/maps making everything read-only for a moment (a
// checkpointer, a garbage collector, a sandbox). Our thread states, capture
// areas, signal tables, vDSO trampolines, the ring and the interposer's own
// image are written at every syscall, so such a sweep would crash the
// program under tracing. Each of those mappings is recorded here (a fixed
// table of atomic slots: no allocation, no lock), and an mprotect or
// pkey_mprotect whose range overlaps one is run on the pieces around it,
// answering the first error or 0 — as if our memory were not there; so are
// munmap (a sweep unmapping all it did not map) and madvise (MADV_DONTNEED
// would zero a thread state, MADV_DONTFORK take it from a child). An mmap
// with MAP_FIXED over one of ours answers ENOMEM (said once): it cannot be
// given that address without crashing the interposer. Page 0 is
// page_zero.cc's. A table that is full says so once.
#include "tracer/our_mappings.h"

#include <errno.h>
#include <sys/mman.h>
#include <sys/syscall.h>

#include <atomic>

#include "tracer/detach_plan.h"
#include "tracer/events.h"
#include "tracer/raw_syscall.h"

extern "C" const char __ehdr_start[] __attribute__((visibility("hidden")));
extern "C" const char _end[] __attribute__((visibility("hidden")));

namespace lzp {
namespace {

constexpr uint64_t kPage = 4096;
constexpr int kSlots = 1024;

struct Slot {
  std::atomic<uint64_t> start;  // 0: free
  std::atomic<uint64_t> end;
};
static_assert(kSlots <= proto::kMaxPlanMappings, "the CLI refuses a detach plan with more mappings");
Slot g_slots[kSlots];
std::atomic<bool> g_full;  // a mapping could not be recorded
bool g_full_said;

// The top of user space, as the kernel's TASK_SIZE: 47 bits, or 56 where
// the kernel uses 5-level page tables (there, and only there, a hint above
// 47 bits is honoured). Asked once, the first time a range reaches past 47
// bits (a bogus length: rare).
uint64_t UserTop() {
  static uint64_t top;  // 0: not asked yet (a race only asks twice)
  uint64_t known = __atomic_load_n(&top, __ATOMIC_RELAXED);
  if (known != 0) return known;
  long probe = Sys(SYS_mmap, uint64_t{1} << 52, kPage, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  bool five_level = !IsError(probe) && static_cast<uint64_t>(probe) >= (uint64_t{1} << 47);
  if (!IsError(probe)) Sys(SYS_munmap, probe, kPage);
  known = (uint64_t{1} << (five_level ? 56 : 47)) - kPage;
  __atomic_store_n(&top, known, __ATOMIC_RELAXED);
  return known;
}

uint64_t PageDown(uint64_t v) { return v & ~(kPage - 1); }
uint64_t PageUp(uint64_t v) { return (v + kPage - 1) & ~(kPage - 1); }

// The lowest-starting mapping of ours that overlaps [from, end), or false.
bool FirstOursIn(uint64_t from, uint64_t end, uint64_t* our_start, uint64_t* our_end) {
  bool found = false;
  auto consider = [&](uint64_t s, uint64_t e) {
    if (s >= end || e <= from || (found && s >= *our_start)) return;
    *our_start = s;
    *our_end = e;
    found = true;
  };
  consider(PageDown(reinterpret_cast<uint64_t>(__ehdr_start)), PageUp(reinterpret_cast<uint64_t>(_end)));
  for (Slot& slot : g_slots) {
    uint64_t s = slot.start.load(std::memory_order_acquire);
    if (s != 0) consider(s, slot.end.load(std::memory_order_relaxed));
  }
  return found;
}

}  // namespace

void NoteOurMapping(uint64_t start, uint64_t length) {
  start = PageDown(start);
  for (Slot& slot : g_slots) {
    uint64_t expected = 0;
    if (slot.start.load(std::memory_order_relaxed) != 0) continue;
    slot.end.store(PageUp(start + length), std::memory_order_relaxed);
    if (slot.start.compare_exchange_strong(expected, start, std::memory_order_release)) return;
  }
  g_full.store(true, std::memory_order_relaxed);  // said at the next mprotect
}

void ForgetOurMapping(uint64_t start) {
  start = PageDown(start);
  for (Slot& slot : g_slots) {
    uint64_t expected = start;
    if (slot.start.compare_exchange_strong(expected, 0, std::memory_order_release)) return;
  }
}

EnterResult KeepOurMappingsEnter(ThreadState* ts, EntryFrame* f) {
  if (g_full.load(std::memory_order_relaxed) && !g_full_said) {
    g_full_said = true;
    EmitNotice(ts, "lzptrace: too many mappings of the interposer to keep them all from the program's mprotect", false);
  }
  uint64_t start = f->rdi, length = f->rsi;
  if (length == 0 || (start & (kPage - 1)) != 0 || start + PageUp(length) < start) return kRun;  // the kernel's errors
  uint64_t end = start + PageUp(length);
  // munmap past the top of user space is EINVAL before it looks at any
  // mapping (split, its first pieces would unmap the program's memory).
  if (f->nr == SYS_munmap && end > (uint64_t{1} << 47) - kPage && (start > UserTop() || end > UserTop())) return kRun;
  uint64_t our_start, our_end;
  if (f->nr == SYS_mmap && !(f->r10 & MAP_FIXED)) return kRun;  // a hint, or MAP_FIXED_NOREPLACE's own EEXIST
  if (!FirstOursIn(start, end, &our_start, &our_end)) return kRun;
  if (f->nr == SYS_mmap) {
    static bool said;  // once per process
    if (!said)
      EmitNotice(ts, "lzptrace: the program mapped memory (MAP_FIXED) over the interposer's own: refused with ENOMEM", false);
    said = true;
    f->rax = static_cast<uint64_t>(-ENOMEM);
    return {LZP_ACTION_SKIP, 0};
  }
  long result = 0;
  for (uint64_t at = start; at < end;) {
    bool ours = FirstOursIn(at, end, &our_start, &our_end);
    uint64_t piece_end = ours ? (our_start > at ? our_start : at) : end;
    if (piece_end > at) {
      long r = Sys(f->nr, at, piece_end - at, f->rdx, f->r10);
      if (r < 0 && result == 0) result = r;
      // A hole: madvise goes on past it and fails at the end (ENOMEM);
      // mprotect stops there, leaving what follows as it was.
      if (r < 0 && (r != -ENOMEM || f->nr != SYS_madvise)) break;
    }
    if (!ours) break;
    at = our_end;
  }
  f->rax = static_cast<uint64_t>(result);
  return {LZP_ACTION_SKIP, 0};
}

const void* OurMappingSlots(uint64_t* count) {
  static_assert(sizeof(Slot) == 16, "the detach plan reads {start, end} pairs");
  *count = kSlots;
  return g_slots;
}

const SyscallHook kKeepOurMappingsHook = {KeepOurMappingsEnter, nullptr};

}  // namespace lzp
