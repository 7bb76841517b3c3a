// cli/read/blocked_calls.cc — see blocked_calls.h.
#include "cli/read/blocked_calls.h"

#include <sys/syscall.h>
#include <fcntl.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace lzp::cli {
namespace {

// Calls whose entry is not worth announcing, or that the interposer captures
// with code of its own, which the remote capture does not repeat (an
// announced head must be the head its record would print).
bool Announceable(uint64_t nr, bool fd_paths) {
  switch (nr) {
    case SYS_close:  // -y: the fd is gone from the table as soon as the call starts (a lingering socket blocks after)
    case SYS_close_range:
      return !fd_paths;
    case SYS_select:  // -y: the paths of the fds in the sets
    case SYS_pselect6:
    case SYS_poll:
    case SYS_ppoll:
      return !fd_paths && nr != SYS_pselect6;  // (pselect6: its sigmask, two levels down)
    case SYS_exit:
    case SYS_exit_group:
    case SYS_execve:
    case SYS_execveat:
    case SYS_clone:
    case SYS_clone3:
    case SYS_fork:
    case SYS_vfork:
    case SYS_rt_sigreturn:
    case SYS_sendmsg:
    case SYS_sendmmsg:
    case SYS_io_submit:
    case SYS_io_pgetevents:
    case SYS_keyctl:
    case SYS_ptrace:
    case SYS_quotactl:
    case SYS_quotactl_fd:
      return false;
    default:
      return nr < 1024;
  }
}

// Is task `tid` in syscall `nr` with these arguments now, as the kernel
// says (/proc/TID/syscall: the number and six arguments in hex while the task
// is in a call)? A slot can name a call that has ended: a signal handler
// that ran between the call's end and its record leaves the level noted.
bool InCallNow(pid_t tid, uint64_t nr, const uint64_t args[6]) {
  char path[64];
  std::snprintf(path, sizeof(path), "/proc/%d/syscall", static_cast<int>(tid));
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char text[256];
  ssize_t n = read(fd, text, sizeof(text) - 1);
  close(fd);
  if (n <= 0) return false;
  text[n] = '\0';
  char* at = text;
  char* end = nullptr;
  long number = std::strtol(at, &end, 10);
  if (end == at || number < 0 || static_cast<uint64_t>(number) != nr) return false;
  for (int i = 0; i < 6; ++i) {
    at = end;
    uint64_t value = std::strtoull(at, &end, 16);
    if (end == at || value != args[i]) return false;
  }
  return true;
}

}  // namespace

// process_vm_readv needs what ptrace's attach needs: a read of an unmapped
// address tells EFAULT (allowed) from EPERM (not).
bool BlockedCalls::Allowed(pid_t tid) {
  if (allowed_ < 0) {
    char byte;
    struct iovec local = {&byte, 1}, remote = {reinterpret_cast<void*>(uint64_t{8} << 44), 1};
    ssize_t n = process_vm_readv(tid, &local, 1, &remote, 1, 0);
    if (n < 0 && errno == ESRCH) return false;  // that task is gone: ask again with another
    allowed_ = n >= 0 || errno == EFAULT;
  }
  return allowed_ == 1;
}

void BlockedCalls::ScanNow(uint64_t now, const Announce& announce) {
  last_scan_ = now;
  const uint64_t before = now - min_age_;
  uint32_t count = std::min(next_->load(std::memory_order_acquire), proto::kInflightSlots);
  if (announced_.size() < size_t{count} * proto::kInflightDepth) announced_.resize(size_t{count} * proto::kInflightDepth, 0);
  for (uint32_t i = 0; i < count; ++i) {
    const proto::InflightSlot& slot = slots_[i];
    uint32_t tid = slot.owner_tid.load(std::memory_order_acquire);
    uint32_t depth = slot.active_depth.load(std::memory_order_acquire);
    if (tid == 0 || depth == 0 || depth > proto::kInflightDepth) continue;
    for (uint32_t d = 0; d < depth; ++d) {
      proto::SyscallRecord rec{};
      const proto::InflightEntry& e = slot.entries[d];
      rec.tsc_enter = e.tsc_enter;
      if (rec.tsc_enter == 0 || rec.tsc_enter >= before || announced_[i * proto::kInflightDepth + d] == rec.tsc_enter) continue;
      rec.nr = e.nr;
      std::memcpy(rec.args, e.args, sizeof(rec.args));
      rec.pid = slot.pid;
      rec.tid = tid;
      // Taken only if the slot still says the same: the call did not end (or
      // another begin) while it was copied.
      std::atomic_thread_fence(std::memory_order_acquire);
      if (e.tsc_enter != rec.tsc_enter || slot.active_depth.load(std::memory_order_acquire) <= d ||
          slot.owner_tid.load(std::memory_order_relaxed) != tid || !Announceable(rec.nr, fd_paths_) ||
          slot.companion_recorded.load(std::memory_order_acquire) == d + 1)  // (its record is in the ring already)
        continue;
      if (!InCallNow(static_cast<pid_t>(tid), rec.nr, rec.args)) continue;  // (asked again at the next look)
      if (!Allowed(static_cast<pid_t>(tid))) {
        if (allowed_ == 0) return;
        continue;
      }
      std::string payload;
      capture_.AtEntry(static_cast<pid_t>(tid), rec.nr, rec.args, 0, false, &payload);
      // Read from a task that may have moved on meanwhile: still the same call?
      if (e.tsc_enter != rec.tsc_enter || slot.active_depth.load(std::memory_order_acquire) <= d) continue;
      announced_[i * proto::kInflightDepth + d] = rec.tsc_enter;
      rec.flags = proto::kNoReturn;
      rec.payload_size = static_cast<uint32_t>(payload.size());
      announce(rec, payload);
    }
  }
}

}  // namespace lzp::cli
