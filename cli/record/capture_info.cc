// cli/record/capture_info.cc — see capture_info.h.
#include "cli/record/capture_info.h"

namespace lzp::cli::record {

CaptureChunk DescribeCapture(const Options& options, const proto::RingControl& ring, pid_t main_pid, bool companion,
                             uint64_t start_tsc) {
  CaptureChunk c = {};
  c.main_pid = static_cast<uint32_t>(main_pid);
  c.ring_options = ring.options;
  c.string_limit = options.string_limit;
  c.decode_fds = static_cast<uint32_t>(options.decode_fds);
  c.follow_forks = static_cast<uint32_t>(options.follow_forks) & kFollowForksMask;
  if (options.attach_pids.size() > 1) c.follow_forks |= kSeveralAttached;
  c.companion = companion;
  c.start_tsc = start_tsc;
  for (int i = 0; i < 8; ++i) c.trace_bitmap[i] = ring.trace_bitmap[i];
  for (int fd = 0; fd < 1024; ++fd) {
    if (options.filters.read_fds.test(fd)) c.read_fds[fd / 64] |= uint64_t{1} << (fd % 64);
    if (options.filters.write_fds.test(fd)) c.write_fds[fd / 64] |= uint64_t{1} << (fd % 64);
  }
  return c;
}

}  // namespace lzp::cli::record
