// cli/read/blocked_calls.h — calls that are still running, shown at entry.
//
// The interposer writes a call's record when the call returns, so a call
// that blocks (a read on an idle pipe, a futex wait, a wait4) would show only
// when it ends, and a program stuck in one would show nothing at all, where
// strace prints "read(0, " the moment it is entered. Each traced thread notes
// the call it is in in its in-flight slot (tracer/protocol.h: number,
// arguments, entry time). Every quarter of `min_age` of trace time the CLI
// looks at the slots: a call in flight for longer than `min_age` that was
// not announced yet is announced (with `min_age` half the interleave window,
// before the printer writes past its entry), its arguments read from the blocked task
// (process_vm_readv, with the ptrace companion's capture rules,
// cli/companion/remote_capture.h), and the printer writes its entry in its
// place in time (cli/read/interleave.h, Announce); the call's own record
// finishes the line when it comes. --record stores each announcement, so a
// replay prints the same.
//
// The slots are shared memory the program could scribble on: a slot is
// taken only if it reads the same twice around the copy, and only if the
// kernel agrees that the task is in that call with those arguments
// (/proc/TID/syscall: a slot can still name a call that has ended, when a
// signal handler ran between its end and its record); only its numbers are
// used. Not announced: calls whose entry the remote capture
// cannot rebuild as the interposer captured it (sendmsg's and sendmmsg's
// messages, io_submit's iocbs, pselect6's sigmask, keyctl, ptrace and
// quotactl's extras, and with -y the fd sets of select and poll, and close,
// whose fd has left the table by the time it blocks), calls that
// never return or come back from elsewhere (exit, execve, clone, fork,
// rt_sigreturn), and none at all under -i, status= or --filter
// (TracePrinter::ShowsBlockedCalls), nor when process_vm_readv is not
// allowed: those calls are written the old way, "<unfinished ...>" when
// they end.
#pragma once

#include <sys/types.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "cli/companion/remote_capture.h"
#include "tracer/protocol.h"

namespace lzp::cli {

class BlockedCalls {
 public:
  using Announce = std::function<void(const proto::SyscallRecord& rec, const std::string& payload)>;
  // `fd_paths`: -y (the capture reads the paths of fd arguments).
  BlockedCalls(const proto::InflightSlot* slots, const std::atomic<uint32_t>* next, uint64_t min_age_ticks,
               companion::RemoteCapture capture, bool fd_paths)
      : slots_(slots), next_(next), min_age_(min_age_ticks), capture_(std::move(capture)), fd_paths_(fd_paths) {}

  // Looks at the slots if `now` (TSC) is a quarter of `min_age` past the last
  // look, and announces what has been in flight since before `now - min_age`.
  // (The test is inline: the reader asks at every record.)
  void Scan(uint64_t now, const Announce& announce) {
    if (slots_ != nullptr && allowed_ != 0 && now >= min_age_ && now - last_scan_ >= min_age_ / 4) ScanNow(now, announce);
  }

 private:
  void ScanNow(uint64_t now, const Announce& announce);
  bool Allowed(pid_t tid);

  const proto::InflightSlot* slots_;
  const std::atomic<uint32_t>* next_;
  uint64_t min_age_;
  companion::RemoteCapture capture_;
  bool fd_paths_;
  uint64_t last_scan_ = 0;
  int allowed_ = -1;  // process_vm_readv on the tracees: -1 not known yet
  // Per slot and nesting level, the entry time of the call last announced.
  std::vector<uint64_t> announced_;
};

}  // namespace lzp::cli
