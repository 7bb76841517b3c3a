// tracer/thread_state.cc — allocating and installing per-thread state (see .h).
//
// A thread cannot free its own state (nothing of ours runs after its exit
// syscall), so every state is listed in a fixed table and one whose thread
// marked itself exiting and no longer exists (tgkill answers ESRCH) is reused
// for the next new thread, its capture area with it: a program that keeps
// creating short-lived threads does not grow by a state per thread. A thread
// we do not trace (no -f) exits unseen: its state is marked at its creation,
// and so found reusable once its tid is gone. Only threads are ever marked:
// a CLONE_VM child that is a process of its own (vfork) is not of our thread
// group, and tgkill would not see it alive.
#include "tracer/thread_state.h"

#include "tracer/our_mappings.h"

#include <asm/prctl.h>
#include <errno.h>
#include <sys/mman.h>
#include <sys/syscall.h>

#include "tracer/process.h"
#include "tracer/raw_syscall.h"

namespace lzp {
namespace {

constexpr uint64_t kStateBytes = (sizeof(ThreadState) + 4095) & ~uint64_t{4095};

bool Claim(proto::InflightSlot* slot, uint32_t expected_owner, uint32_t tid) {
  return slot->owner_tid.compare_exchange_strong(expected_owner, tid, std::memory_order_acq_rel);
}

// A fresh slot while there are any, else one whose owner no longer exists
// (threads do not free theirs: nothing runs after the exit syscall).
proto::InflightSlot* ClaimInflightSlot(uint32_t tid, uint32_t pid) {
  if (!g_process.active || g_process.inflight == nullptr) return nullptr;
  proto::InflightSlot* chosen = nullptr;
  uint32_t index = g_process.ring->inflight_next.fetch_add(1, std::memory_order_relaxed);
  if (index < proto::kInflightSlots && Claim(&g_process.inflight[index], 0, tid)) {
    chosen = &g_process.inflight[index];
  } else {
    for (uint32_t i = 0; i < proto::kInflightSlots && chosen == nullptr; ++i) {
      proto::InflightSlot* slot = &g_process.inflight[i];
      uint32_t owner = slot->owner_tid.load(std::memory_order_relaxed);
      if (owner == tid || (owner != 0 && slot->active_depth.load() == 0 && Sys(SYS_kill, owner, 0) == -ESRCH))
        if (Claim(slot, owner, tid)) chosen = slot;
    }
  }
  if (chosen != nullptr) {
    chosen->pid = pid;
    chosen->active_depth.store(0, std::memory_order_release);
  }
  return chosen;
}

constexpr int kStateSlots = 4096;
ThreadState* g_states[kStateSlots];  // every state we made (null: free slot)

void ListState(ThreadState* ts) {
  for (auto& slot : g_states) {
    ThreadState* expected = nullptr;
    if (__atomic_compare_exchange_n(&slot, &expected, ts, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) return;
  }
}

// A listed state whose thread has exited, taken (one claimant wins) and
// cleared but for its capture area; or null.
ThreadState* ReuseExitedState() {
  for (ThreadState* candidate : g_states) {
    if (candidate == nullptr || __atomic_load_n(&candidate->exiting, __ATOMIC_ACQUIRE) != 1) continue;
    // Its own thread group and tid: the caller may be a vfork child sharing our memory.
    if (Sys(SYS_tgkill, candidate->pid, candidate->tid, 0) != -ESRCH) continue;  // still there (or its tid reused)
    uint32_t expected = 1;
    if (!__atomic_compare_exchange_n(&candidate->exiting, &expected, 2, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
      continue;
    uint8_t* capture_area = candidate->capture_area;
    uint8_t* side_buffer = candidate->side_buffer;
    uint8_t* sigsys_stack = candidate->sigsys_stack;
    __builtin_memset(static_cast<void*>(candidate), 0, __builtin_offsetof(ThreadState, exit_stack));  // (not the stack's pages)
    candidate->capture_area = capture_area;
    candidate->side_buffer = side_buffer;
    candidate->sigsys_stack = sigsys_stack;
    return candidate;
  }
  return nullptr;
}

}  // namespace

ThreadState* NewThreadState(const ThreadState* parent) {
  ThreadState* ts = ReuseExitedState();
  if (ts == nullptr) {
    long p = Sys(SYS_mmap, 0, kStateBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (IsError(p)) return nullptr;
    NoteOurMapping(static_cast<uint64_t>(p), kStateBytes);
    ts = reinterpret_cast<ThreadState*>(p);  // zero-filled by the kernel
    ListState(ts);
  }
  ts->self = ts;
  ts->exit_stack_top = reinterpret_cast<uint64_t>(ts->exit_stack + sizeof(ts->exit_stack)) & ~uint64_t{15};
  ts->sud_selector = 1;  // SYSCALL_DISPATCH_FILTER_BLOCK
  ts->traced = parent ? parent->traced : true;
  ts->signals = parent ? parent->signals : nullptr;
  ts->virtual_blocked = parent ? parent->virtual_blocked : 0;  // a new thread inherits its creator's mask
  return ts;
}

void FreeThreadState(ThreadState* ts) {
  for (auto& slot : g_states) {
    ThreadState* expected = ts;
    if (__atomic_compare_exchange_n(&slot, &expected, nullptr, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) break;
  }
  if (ts->sigsys_stack != nullptr) {
    uint64_t region = reinterpret_cast<uint64_t>(ts->sigsys_stack) - kSigsysGuardBytes;
    ForgetOurMapping(region);
    Sys(SYS_munmap, region, kSigsysGuardBytes + kSigsysStackBytes);
  }
  ForgetOurMapping(reinterpret_cast<uint64_t>(ts));
  Sys(SYS_munmap, ts, kStateBytes);
}

void MarkExiting(ThreadState* ts) { __atomic_store_n(&ts->exiting, 1, __ATOMIC_RELEASE); }

void InstallThreadState(ThreadState* ts) {
  Sys(SYS_arch_prctl, ARCH_SET_GS, ts);
  ts->pid = static_cast<int32_t>(Sys(SYS_getpid));
  ts->tid = static_cast<int32_t>(Sys(SYS_gettid));
  ts->inflight = ClaimInflightSlot(static_cast<uint32_t>(ts->tid), static_cast<uint32_t>(ts->pid));
}

ThreadState* FirstThreadState() {
  ThreadState* ts = NewThreadState(nullptr);
  if (ts != nullptr) InstallThreadState(ts);
  return ts;
}

}  // namespace lzp
