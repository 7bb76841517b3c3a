// cli/record/replay_gaps.cc — see replay_gaps.h. Each gap is a row: whether
// the replay asks for it, whether the recording has it, what to say.
#include "cli/record/replay_gaps.h"

#include <cstdio>

#include <fmt/format.h>

namespace lzp::cli::record {

namespace {

bool AnyMissing(const std::bitset<1024>& wanted, const uint64_t* recorded) {
  for (int fd = 0; fd < 1024; ++fd)
    if (wanted.test(fd) && !(recorded[fd / 64] >> (fd % 64) & 1)) return true;
  return false;
}

}  // namespace

void SayWhatRecordingLacks(const Options& o, const CaptureChunk& c, const std::string& path) {
  bool shows_trace = !o.summary || o.summary_and_trace;
  bool traced_all_asked = true;
  for (int nr = 0; nr < 512; ++nr)
    if (o.filters.trace.test(nr) && !(c.trace_bitmap[nr / 64] >> (nr % 64) & 1)) traced_all_asked = false;
  struct Gap {
    bool asked, recorded;
    std::string what;
  };
  const Gap gaps[] = {
      {(o.decode_fds & kDecodePath) != 0, (c.ring_options & proto::kDecodeFds) != 0,
       "was recorded without -y: paths are not shown"},
      {!o.paths.empty(), (c.ring_options & proto::kDecodeFds) != 0,
       "was recorded without -y or -P: -P matches no fd, only path arguments"},
      {(o.decode_fds & ~kDecodePath) != 0, (c.ring_options & proto::kDecodeFdDetails) != 0,
       "was recorded without -yy: sockets, devices and pidfds are not detailed"},
      {o.instruction_pointer, (c.ring_options & proto::kRecordIp) != 0,
       "was recorded without -i: instruction pointers are not shown"},
      {o.stack_trace, (c.ring_options & proto::kStackTrace) != 0,
       "was recorded without -k: stack traces are not shown"},
      {o.follow_forks > 0, (c.follow_forks & kFollowForksMask) > 0, "was recorded without -f: only the first process is shown"},
      {AnyMissing(o.filters.read_fds, c.read_fds), false, "was recorded without these -e read= fds: their reads are not dumped"},
      {AnyMissing(o.filters.write_fds, c.write_fds), false,
       "was recorded without these -e write= fds: their writes are not dumped"},
      {shows_trace && o.string_limit > c.string_limit, false,
       fmt::format("was recorded with -s {}: strings are cut there", c.string_limit)},
      {shows_trace && !traced_all_asked, false, "was recorded with -e trace=: other syscalls are not shown"},
      {o.kvm_vcpu, (c.ring_options & proto::kKvmVcpu) != 0,
       "was recorded without -e kvm=vcpu: KVM_RUN's exit reasons are not shown"},
      {o.detach_on_exec, (c.ring_options & proto::kDetachOnExec) != 0,
       "was recorded without -b execve: processes that exec'd stayed traced"},
  };
  for (const Gap& gap : gaps)
    if (gap.asked && !gap.recorded) std::fprintf(stderr, "lzptrace: %s %s\n", path.c_str(), gap.what.c_str());
}

void SayCountsFromRecords(const std::string& path) {
  std::fprintf(stderr,
               "lzptrace: %s was recorded without -c: counts are taken from the recorded calls, times are wall-clock\n",
               path.c_str());
}

}  // namespace lzp::cli::record
