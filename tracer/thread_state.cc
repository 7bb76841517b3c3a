// tracer/thread_state.cc — allocating and installing per-thread state (see .h).
#include "tracer/thread_state.h"

#include <asm/prctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>

#include "tracer/raw_syscall.h"

namespace lzp {
namespace {

constexpr uint64_t kStateBytes = (sizeof(ThreadState) + 4095) & ~uint64_t{4095};

uint64_t ReadGsBase() {
  uint64_t base;
  asm volatile("rdgsbase %0" : "=r"(base));
  return base;
}

}  // namespace

ThreadState* NewThreadState(const ThreadState* parent) {
  long p = Sys(SYS_mmap, 0, kStateBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (IsError(p)) return nullptr;
  auto* ts = reinterpret_cast<ThreadState*>(p);  // zero-filled by the kernel
  ts->self = ts;
  ts->sud_selector = 1;  // SYSCALL_DISPATCH_FILTER_BLOCK
  ts->traced = parent ? parent->traced : true;
  return ts;
}

void FreeThreadState(ThreadState* ts) { Sys(SYS_munmap, ts, kStateBytes); }

void InstallThreadState(ThreadState* ts) {
  Sys(SYS_arch_prctl, ARCH_SET_GS, ts);
  ts->pid = static_cast<int32_t>(Sys(SYS_getpid));
  ts->tid = static_cast<int32_t>(Sys(SYS_gettid));
}

ThreadState* CurrentThread() {
  uint64_t base = ReadGsBase();
  if (__builtin_expect(base != 0, 1)) return reinterpret_cast<ThreadState*>(base);
  ThreadState* ts = NewThreadState(nullptr);
  if (ts != nullptr) InstallThreadState(ts);
  return ts;
}

}  // namespace lzp
