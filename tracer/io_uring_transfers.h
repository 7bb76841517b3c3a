// tracer/io_uring_transfers.h — what io_uring_register(fd, opcode, arg,
// nr_args) reads or writes through `arg` that strace shows
// (<linux/io_uring.h>), for the interposer and the ptrace companion, which
// copy it as argument 2 for the CLI's decoder: IORING_REGISTER_FILES' array
// of nr_args fds (at entry), IORING_REGISTER_PROBE's struct io_uring_probe
// with its nr_args ops as the kernel filled them (at exit, after a
// success). Counts are bounded; tiny pointers are not followed.
#pragma once

#include <cstdint>

#include "tracer/capture_format.h"

namespace lzp::proto {

inline constexpr uint64_t kIoringRegisterFiles = 2, kIoringRegisterProbe = 8;
inline constexpr uint32_t kIoUringProbeHeader = 16, kIoUringProbeOp = 8, kIoUringRegisterMaxElements = 1024;

inline constexpr uint32_t IoUringRegisterBytes(uint64_t opcode, uint64_t arg, uint64_t nr_args, uint8_t phase) {
  if (arg < 4096) return 0;
  uint32_t n = static_cast<uint32_t>(nr_args) < kIoUringRegisterMaxElements ? static_cast<uint32_t>(nr_args)
                                                                             : kIoUringRegisterMaxElements;
  if (phase == kAtEntry && static_cast<uint32_t>(opcode) == kIoringRegisterFiles) return n * 4;
  if (phase == kAtExit && static_cast<uint32_t>(opcode) == kIoringRegisterProbe) return kIoUringProbeHeader + n * kIoUringProbeOp;
  return 0;
}

}  // namespace lzp::proto
