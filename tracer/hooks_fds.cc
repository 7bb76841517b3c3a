// tracer/hooks_fds.cc — keeping the interposer's fds (ring and wake pipe)
// alive and invisible while the application closes and dups.
//
// To the application our fds are not open: close(ours) answers EBADF,
// close_range runs around them, dup2/dup3 onto one of our numbers first
// moves ours to another free high number, and any other syscall given one of
// ours as an fd argument (syscalls.tbl's `fd` and `dirfd` kinds: read, fstat,
// fcntl, dup, mmap of a file, ...) answers EBADF without running. (/proc listings and paths:
// hooks_proc_fds.cc.)
#include <errno.h>
#include <fcntl.h>
#include <linux/close_range.h>
#include <sys/mman.h>
#include <sys/syscall.h>

#include "tracer/capture.h"
#include "tracer/hooks.h"
#include "tracer/process.h"
#include "tracer/raw_syscall.h"

namespace lzp {
namespace {

EnterResult Skip(EntryFrame* f, long result) {
  f->rax = static_cast<uint64_t>(result);
  return {LZP_ACTION_SKIP, 0};
}

EnterResult CloseEnter(ThreadState*, EntryFrame* f) {
  if (IsOurFd(static_cast<int>(f->rdi))) return Skip(f, -EBADF);
  return kRun;
}

EnterResult CloseRangeEnter(ThreadState*, EntryFrame* f) {
  if (!g_process.active || g_process.shm_fd < 0 || g_process.wake_fd < 0) return kRun;  // fd-less: none of ours
  uint64_t first = static_cast<uint32_t>(f->rdi), last = static_cast<uint32_t>(f->rsi);
  uint64_t flags = static_cast<uint32_t>(f->rdx);
  uint64_t lo = g_process.shm_fd < g_process.wake_fd ? g_process.shm_fd : g_process.wake_fd;
  uint64_t hi = g_process.shm_fd < g_process.wake_fd ? g_process.wake_fd : g_process.shm_fd;
  if (first > last || last < lo || first > hi) return kRun;
  // Run the parts of [first, last] that are not ours; report the first failure.
  uint64_t pieces[3][2] = {{first, lo - 1}, {lo + 1, hi - 1}, {hi + 1, last}};
  long result = 0;
  for (auto& piece : pieces) {
    uint64_t a = piece[0] < first ? first : piece[0];
    uint64_t b = piece[1] > last ? last : piece[1];
    if (a > b || piece[0] > piece[1]) continue;
    long r = Sys(SYS_close_range, a, b, flags);
    if (r < 0 && result == 0) result = r;
  }
  return Skip(f, result);
}

bool MoveOurFd(int* fd) {
  long moved = Sys(SYS_fcntl, *fd, F_DUPFD, 512);
  if (IsError(moved)) return false;
  Sys(SYS_close, *fd);
  *fd = static_cast<int>(moved);
  return true;
}

EnterResult Dup2Enter(ThreadState*, EntryFrame* f) {
  int oldfd = static_cast<int>(f->rdi), newfd = static_cast<int>(f->rsi);
  if (IsOurFd(oldfd)) return Skip(f, -EBADF);
  if (IsOurFd(newfd)) {
    int* ours = newfd == g_process.shm_fd ? &g_process.shm_fd : &g_process.wake_fd;
    if (!MoveOurFd(ours)) return Skip(f, -EMFILE);
  }
  return kRun;
}

// Which arguments of each syscall are fds (bit i: argument i), from the
// capture table; filled on first use (racing threads write the same bits).
uint8_t g_fd_arguments[kCaptureTableSize];
bool g_fd_arguments_ready = false;

uint8_t FdArguments(uint64_t nr) {
  if (!__atomic_load_n(&g_fd_arguments_ready, __ATOMIC_ACQUIRE)) {
    for (int n = 0; n < kCaptureTableSize; ++n)
      for (int i = 0; i < 6; ++i)
        if (kCaptureSpecs[n].args[i].op == CaptureOp::kFd) g_fd_arguments[n] |= static_cast<uint8_t>(1u << i);
    __atomic_store_n(&g_fd_arguments_ready, true, __ATOMIC_RELEASE);
  }
  return nr < static_cast<uint64_t>(kCaptureTableSize) ? g_fd_arguments[nr] : 0;
}

}  // namespace

bool TakesFds(uint64_t nr) { return FdArguments(nr) != 0; }

bool TakesOurFd(const EntryFrame* f) {
  // Fd-less tracees (protocol.h) hold no fd of ours: nothing to compare.
  if (!g_process.active || (g_process.shm_fd < 0 && g_process.wake_fd < 0)) return false;
  switch (f->nr) {
    case SYS_close: case SYS_close_range: case SYS_dup2: case SYS_dup3:
      return false;  // hooked above
    case SYS_mmap:
      if (f->r10 & MAP_ANONYMOUS) return false;  // the fd is ignored
      break;
    default:
      break;
  }
  uint8_t fds = FdArguments(f->nr);
  for (int i = 0; fds != 0; ++i, fds >>= 1)
    if ((fds & 1) && IsOurFd(static_cast<int>(f->arg(i)))) return true;
  return false;
}

const SyscallHook kCloseHook = {CloseEnter, nullptr};
const SyscallHook kCloseRangeHook = {CloseRangeEnter, nullptr};
const SyscallHook kDup2Hook = {Dup2Enter, nullptr};

}  // namespace lzp
