// cli/companion/loader_calls.cc — see loader_calls.h.
//
// PTRACE_GET_SYSCALL_INFO gives, at an entry stop, the number, arguments and
// the address after the `syscall` instruction; at an exit stop, the result.
// The arguments are captured at the entry (inputs) and the exit (outputs)
// as the interposer would, and the finished call goes into the ring as a
// syscall record like any other (ring_records.h), written while the task is
// still stopped at the exit.
#include "cli/companion/loader_calls.h"

#include "cli/handlers/handler_library.h"

#include <linux/audit.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>

#include "cli/companion/ring_records.h"
#include "tracer/capture_format.h"
#include "cli/filter/matcher.h"
#include "tracer/ring_writer.h"

namespace lzp::cli {

LoaderCalls::LoaderCalls(const Options& options, std::string interposer_path)
    : options_(options),
      interposer_path_(std::move(interposer_path)),
      capture_(options.string_limit, options.decode_fds > 0 || !options.paths.empty(),
               AuditLibraries(interposer_path_, options.handlers), (options.decode_fds & ~kDecodePath) != 0,
               options.verbose || !options.filters.abbrev.all()),
      summary_only_(options.summary && !options.summary_and_trace) {}

void LoaderCalls::BeforeExec(pid_t pid) { images_[pid] = Image{true}; }

void LoaderCalls::AfterExec(pid_t pid) { images_[pid] = Image{}; }

void LoaderCalls::Forget(pid_t pid) {
  images_.erase(pid);
  for (auto it = calls_.begin(); it != calls_.end();) {
    if (static_cast<pid_t>(it->second.rec.pid) == pid) it = calls_.erase(it);
    else ++it;
  }
}

// Is this finished call part of the loader loading our library?
bool LoaderCalls::LoadsInterposer(Image& image, const Call& call) {
  const proto::SyscallRecord& r = call.rec;
  const uint64_t* a = r.args;
  switch (r.nr) {
    case SYS_open:
    case SYS_openat:
      if (r.ret >= 0 && call.payload.find(interposer_path_) != std::string::npos &&
          capture_.Path(static_cast<pid_t>(r.tid), a[r.nr == SYS_open ? 0 : 1]) == interposer_path_) {
        image.interposer_fd = r.ret;
        return true;
      }
      return false;
    case SYS_read:
    case SYS_pread64:
    case SYS_fstat:
    case SYS_newfstatat:
      return image.interposer_fd >= 0 && static_cast<int64_t>(static_cast<int32_t>(a[0])) == image.interposer_fd;
    case SYS_close:
      if (image.interposer_fd < 0 || static_cast<int64_t>(static_cast<int32_t>(a[0])) != image.interposer_fd) return false;
      image.interposer_fd = -1;
      return true;
    case SYS_mmap:
      if (image.interposer_fd >= 0 && static_cast<int64_t>(static_cast<int32_t>(a[4])) == image.interposer_fd) {
        if (image.ours_start == 0 && r.ret > 0) {  // the first mapping reserves the library's whole extent
          image.ours_start = static_cast<uint64_t>(r.ret);
          image.ours_end = image.ours_start + a[1];
        }
        return true;
      }
      return a[0] != 0 && Ours(image, a[0]);
    case SYS_mprotect:
    case SYS_munmap:
      return Ours(image, a[0]);
    default:
      return false;
  }
}

// A call the companion did not see enter: its entry, captured now.
LoaderCalls::Call LoaderCalls::Entered(pid_t pid, pid_t tid, uint64_t nr, const uint64_t args[6]) {
  Call call;
  call.rec.pid = static_cast<uint32_t>(pid);
  call.rec.tid = static_cast<uint32_t>(tid);
  call.rec.nr = nr;
  for (int i = 0; i < 6; ++i) call.rec.args[i] = args[i];
  call.rec.tsc_enter = ReadTsc();
  capture_.AtEntry(tid, nr, call.rec.args, 0, false, &call.payload);
  return call;
}

void LoaderCalls::DetachedInCall(pid_t pid, pid_t tid, uint64_t nr, const uint64_t args[6], uint64_t slot_enter) {
  if (summary_only_ || nr >= proto::kCounterCount || !options_.filters.trace.test(nr)) return;
  Call call = Entered(pid, tid, nr, args);
  // (its entry time, as the slot noted it: the printer finds the call it
  // announced while it ran by it)
  if (slot_enter != 0 && slot_enter < call.rec.tsc_enter) call.rec.tsc_enter = slot_enter;
  call.rec.flags |= proto::kNoReturn | proto::kDetached;
  companion::WriteSyscall(call.rec, call.payload);
}

void LoaderCalls::KilledInCall(pid_t pid, pid_t tid, int64_t ret, const uint64_t regs_args[6], uint64_t nr, bool kills,
                               uint64_t slot_enter) {
  auto it = calls_.find(tid);
  Call call;
  if (it != calls_.end() && it->second.valid) {
    call = std::move(it->second);
    calls_.erase(it);
  } else {
    call = Entered(pid, tid, nr, regs_args);
    if (slot_enter != 0 && slot_enter < call.rec.tsc_enter) call.rec.tsc_enter = slot_enter;
  }
  call.rec.ret = ret;
  call.rec.tsc_exit = ReadTsc();
  if (ret >= 0 || ret < -4095 || proto::InterruptedBySignal(ret)) capture_.AtExit(tid, nr, call.rec.args, ret, &call.payload);
  if (kills) call.rec.flags |= proto::kKilledIn;
  // -c: a call the kernel restarts counts once as it was cut (an error, as
  // strace counts it) and once more when it finishes (the interposer's).
  if (!kills && proto::InterruptedBySignal(ret) && ret != -4) Count(call.rec);
  companion::WriteSyscall(call.rec, call.payload);
}

void LoaderCalls::LeftInCall(pid_t tid, uint32_t flags) {
  auto it = calls_.find(tid);
  if (it == calls_.end()) return;
  if (it->second.valid && !summary_only_) {
    it->second.rec.flags |= proto::kNoReturn | flags;
    companion::WriteSyscall(it->second.rec, it->second.payload);
  }
  calls_.erase(it);
}

// -c: the call counts as the interposer counts its own (tracer/call_counter.cc),
// its time the TSC span between the two stops (ptrace's cost included, as in
// strace's figures).
void LoaderCalls::Count(const proto::SyscallRecord& rec) {
  if (counters_ == nullptr || rec.nr >= proto::kCounterCount || !options_.filters.trace.test(rec.nr)) return;
  if (options_.predicate && !filter::Matches(*options_.predicate, rec, Captures(), ticks_per_second_)) return;
  proto::SyscallCounter& c = counters_[rec.nr];
  uint64_t time = rec.tsc_exit > rec.tsc_enter ? rec.tsc_exit - rec.tsc_enter : 0;
  uint64_t overhead = static_cast<uint64_t>(options_.overhead_ns * ticks_per_second_ / 1e9);  // -O
  time = time > overhead ? time - overhead : 0;
  c.calls.fetch_add(1, std::memory_order_relaxed);
  if (rec.ret < 0 && rec.ret >= -4095) c.errors.fetch_add(1, std::memory_order_relaxed);
  c.time.fetch_add(time, std::memory_order_relaxed);
  for (uint64_t seen = c.min_time.load(); time < seen && !c.min_time.compare_exchange_weak(seen, time);) {
  }
  for (uint64_t seen = c.max_time.load(); time > seen && !c.max_time.compare_exchange_weak(seen, time);) {
  }
}

// -k: the stack at the call's exit (for an execve, the new image's entry,
// as strace shows it), unwound against the image's code mappings, sent
// first and again after each change the loader makes to them.
void LoaderCalls::AddStack(pid_t pid, pid_t tid, Image& image, Call& call) {
  const uint64_t nr = call.rec.nr;
  const bool changed = (nr == SYS_mmap || nr == SYS_mprotect || nr == SYS_munmap || nr == SYS_mremap) &&
                       !(call.rec.ret < 0 && call.rec.ret >= -4095);
  if (!image.code_maps_sent || changed) {
    companion::WriteCodeMaps(pid, companion::RemoteCapture::CodeMaps(pid));
    image.code_maps_sent = true;
  }
  companion::RemoteCapture::StackAt(tid, &call.payload);
}

bool LoaderCalls::OnSyscallStop(pid_t pid, pid_t tid) {
  struct __ptrace_syscall_info info = {};
  if (ptrace(PTRACE_GET_SYSCALL_INFO, tid, sizeof(info), &info) <= 0) return true;
  Image& image = images_[pid];
  Call& call = calls_[tid];
  if (info.op == PTRACE_SYSCALL_INFO_ENTRY) {
    if (Ours(image, info.instruction_pointer)) {  // the interposer's constructor: it takes over
      calls_.erase(tid);
      images_.erase(pid);
      return false;
    }
    call = Call{};
    uint64_t nr = info.entry.nr;
    if (image.before_exec && nr != SYS_execve && nr != SYS_execveat) return true;  // the launcher's own
    call.valid = true;
    call.rec.pid = static_cast<uint32_t>(pid);
    call.rec.tid = static_cast<uint32_t>(tid);
    call.rec.nr = nr;
    call.native = info.arch == AUDIT_ARCH_X86_64;
    for (int i = 0; i < 6; ++i) call.rec.args[i] = info.entry.args[i];
    call.rec.tsc_enter = ReadTsc();
    capture_.AtEntry(tid, nr, call.rec.args, info.instruction_pointer, options_.instruction_pointer, &call.payload);
    return true;
  }
  if (info.op != PTRACE_SYSCALL_INFO_EXIT) return true;
  if (!call.valid) {  // an exit without its entry: the execve the interposer recorded, or the gate's read
    calls_.erase(tid);
    return true;
  }
  image.before_exec = false;
  call.rec.ret = info.exit.rval;
  call.rec.tsc_exit = ReadTsc();
  capture_.AtExit(tid, call.rec.nr, call.rec.args, call.rec.ret, &call.payload);
  if (!LoadsInterposer(image, call)) {
    Count(call.rec);
    if (!summary_only_ && options_.stack_trace) AddStack(pid, tid, image, call);
    if (!summary_only_) companion::WriteSyscall(call.rec, call.payload);
  } else if (call.native && (call.rec.nr == SYS_openat || call.rec.nr == SYS_open) && image.interposer_fd >= 0) {
    // The loader has opened our library: until our constructor runs it only
    // loads it (hidden either way), so stop stepping now (loader_calls.h).
    calls_.erase(tid);
    images_.erase(pid);
    return false;
  }
  calls_.erase(tid);
  return true;
}

}  // namespace lzp::cli
