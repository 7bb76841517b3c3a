// tracer/hooks_fds.cc — keeping the interposer's fds (ring and wake pipe)
// alive and invisible while the application closes and dups.
//
// To the application our fds are not open: close(ours) answers EBADF,
// close_range runs around them, dup2/dup3 onto one of our numbers first
// moves ours to another free high number, and a listing of /proc/self/fd
// (getdents64 on it) comes back without them.
#include <errno.h>
#include <fcntl.h>
#include <linux/close_range.h>
#include <sys/syscall.h>

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
  if (!g_process.active) return kRun;
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

// "/proc/<our pid>/fd" or "/proc/<our pid>/task/<tid>/fd"?
bool IsOurFdDirectory(long dirfd) {
  char link[32] = "/proc/self/fd/";
  char* p = link + 14;
  char digits[12];
  int n = 0;
  for (long v = dirfd; n == 0 || v > 0; v /= 10) digits[n++] = static_cast<char>('0' + v % 10);
  while (n) *p++ = digits[--n];
  *p = '\0';
  char target[64];
  long len = Sys(SYS_readlink, link, target, sizeof(target) - 1);
  if (len <= 0) return false;
  target[len] = '\0';
  const char* t = target;
  auto eat = [&](const char* prefix) {
    const char* q = t;
    for (; *prefix; ++prefix, ++q)
      if (*q != *prefix) return false;
    t = q;
    return true;
  };
  auto number = [&](long* out) {
    long v = 0;
    if (*t < '0' || *t > '9') return false;
    while (*t >= '0' && *t <= '9') v = v * 10 + (*t++ - '0');
    *out = v;
    return true;
  };
  long pid, tid;
  if (!eat("/proc/") || !number(&pid) || pid != Sys(SYS_getpid)) return false;
  if (eat("/task/") && !number(&tid)) return false;
  return eat("/fd") && *t == '\0';
}

long ParseName(const char* name) {
  long v = 0;
  for (; *name; ++name) {
    if (*name < '0' || *name > '9') return -1;
    v = v * 10 + (*name - '0');
  }
  return v;
}

// getdents64: drop the entries naming our fds from a listing of our fd directory.
void GetdentsExit(ThreadState*, EntryFrame* f) {
  long ret = static_cast<long>(f->rax);
  if (ret <= 0 || !g_process.active || !IsOurFdDirectory(static_cast<long>(f->rdi))) return;
  auto* buf = reinterpret_cast<uint8_t*>(f->rsi);
  long at = 0, end = ret;
  while (at + 19 < end) {
    uint16_t reclen = *reinterpret_cast<uint16_t*>(buf + at + 16);
    if (reclen == 0 || at + reclen > end) break;
    if (IsOurFd(ParseName(reinterpret_cast<const char*>(buf + at + 19)))) {
      for (long i = at; i + reclen < end; ++i) buf[i] = buf[i + reclen];
      end -= reclen;
      continue;
    }
    at += reclen;
  }
  f->rax = static_cast<uint64_t>(end);
}

}  // namespace

const SyscallHook kGetdentsHook = {nullptr, GetdentsExit};
const SyscallHook kCloseHook = {CloseEnter, nullptr};
const SyscallHook kCloseRangeHook = {CloseRangeEnter, nullptr};
const SyscallHook kDup2Hook = {Dup2Enter, nullptr};

}  // namespace lzp
