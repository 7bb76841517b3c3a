// cli/companion/loader_calls.h — the syscalls of a process that has no
// interposer running, seen through ptrace syscall stops: the launched
// program's execve, and in every new image the loader's first calls (brk,
// mmap, arch_prctl, set_tid_address, ...) up to the moment the interposer's
// constructor makes its first syscall. From then on the process is traced
// in-process and the companion only resumes it (PTRACE_CONT).
//
// A process whose interposer never starts (a static program, a setuid one
// whose loader drops LD_AUDIT) stays stepped to its end: it is traced the way
// strace traces it, at strace's speed, rather than not at all.
//
// The loader's loading of the interposer itself (opening, reading and
// mapping our library, protecting its pages) is ours, not the program's, and
// is not shown: strace of the untraced program would not show it either.
// Stepping ends as soon as the loader of a 64-bit process has opened our
// library: from there to our constructor it only reads, maps and protects
// it (not shown anyway), and each stepped call costs two ptrace stops. (A
// 32-bit loader opens it too, then refuses it: it stays stepped.)
#pragma once

#include <sys/syscall.h>
#include <sys/types.h>

#include <cstdint>
#include <map>
#include <string>

#include "cli/companion/remote_capture.h"
#include "cli/options/options.h"
#include "tracer/protocol.h"

namespace lzp::cli {

class LoaderCalls {
 public:
  LoaderCalls(const Options& options, std::string interposer_path);

  // The launched program, held before its execve: only that execve is its own.
  void BeforeExec(pid_t pid);
  // `pid` has exec'd a new image. The execve itself is shown by whoever saw
  // its entry: the companion if it was stepping the old image, else the old
  // image's interposer.
  void AfterExec(pid_t pid);
  // A syscall stop of `tid`, in process `pid`, which is being stepped. Returns
  // false once the interposer is up (the syscall is its own: stop stepping).
  bool OnSyscallStop(pid_t pid, pid_t tid);
  void Forget(pid_t pid);
  // -c: where the tracees count their calls (the companion counts its own there too).
  void CountInto(proto::SyscallCounter* counters, uint32_t tsc_khz) {
    counters_ = counters;
    ticks_per_second_ = tsc_khz * 1000.0;
  }
  // -c: an execve the old image's interposer recorded worked (it never comes
  // back to be counted there).
  void CountExec() {
    // --filter: counted if the predicate can match an execve at all (its arguments are not known here).
    if (counters_ != nullptr && options_.filters.trace.test(SYS_execve) &&
        (!options_.predicate || options_.predicate->possible.test(SYS_execve)))
      counters_[SYS_execve].calls.fetch_add(1, std::memory_order_relaxed);
  }
  // `tid` stops or is killed by a signal as syscall `nr` returns `ret` (a
  // result, or a restart code: strace's "= ? ERESTARTSYS"): that call's
  // record. A call the companion is stepping is captured already; else its
  // arguments are read now (regs_args: rdi, rsi, rdx, r10, r8, r9).
  // `slot_enter`: the entry time the thread's in-flight slot gave the call
  // (0: none), so the record is the one the interposer would have written
  // and finishes the line a still-running call was announced with.
  void KilledInCall(pid_t pid, pid_t tid, int64_t ret, const uint64_t regs_args[6], uint64_t nr, bool kills = true,
                    uint64_t slot_enter = 0);
  // The call `tid` is in (its entry stop seen, not its exit), written with
  // `flags`: kDetached when -p lets it go ("<detached ...>"); kNoReturn at
  // its exit stop (exit_group, exit: "= ?"), which has no syscall exit stop.
  void LeftInCall(pid_t tid, uint32_t flags);
  // -p lets `tid` go inside call `nr`, which its interposer entered (its
  // in-flight slot): "<detached ...>", the arguments captured now.
  void DetachedInCall(pid_t pid, pid_t tid, uint64_t nr, const uint64_t args[6], uint64_t slot_enter = 0);
  // -c alone (no records): a call the kernel will restart, or one whose
  // return delivers a signal that kills the task, counts as it was cut, as
  // strace counts it (KilledInCall does so when it records).
  void CountCut(uint64_t nr, int64_t ret) {
    proto::SyscallRecord rec = {};
    rec.nr = nr;
    rec.ret = ret;
    Count(rec);
  }

 private:
  struct Call {  // a syscall between its entry stop and its exit stop
    bool valid = false;
    bool shown = true;
    bool native = false;  // made by a 64-bit process (PTRACE_GET_SYSCALL_INFO's arch), which can load our library
    proto::SyscallRecord rec = {};
    std::string payload;
  };
  struct Image {
    bool before_exec = false;     // the launcher's own calls, up to the execve
    int64_t interposer_fd = -1;   // the loader has our library open on this fd
    uint64_t ours_start = 0, ours_end = 0;  // where our library is mapped
    bool code_maps_sent = false;  // -k: the image's code mappings went to the ring
  };
  Call Entered(pid_t pid, pid_t tid, uint64_t nr, const uint64_t args[6]);
  bool Ours(const Image& image, uint64_t addr) const { return addr >= image.ours_start && addr < image.ours_end; }
  bool LoadsInterposer(Image& image, const Call& call);
  void AddStack(pid_t pid, pid_t tid, Image& image, Call& call);
  void Count(const proto::SyscallRecord& rec);

  const Options& options_;
  std::string interposer_path_;
  companion::RemoteCapture capture_;
  std::map<pid_t, Image> images_;  // by process
  std::map<pid_t, Call> calls_;    // by task
  double ticks_per_second_ = 0;  // --filter's durations
  proto::SyscallCounter* counters_ = nullptr;
  bool summary_only_;              // -c alone: count, write no records
};

}  // namespace lzp::cli
