// tracer/io_uring_transfers.h — what io_uring_register(fd, opcode, arg,
// nr_args) reads or writes through `arg` that strace shows
// (<linux/io_uring.h>), for the interposer and the ptrace companion, which
// copy it as argument 2 for the CLI's decoder (cli/decode/io_uring.cc).
// At entry, arrays of nr_args elements: BUFFERS' iovecs (16 bytes), FILES',
// EVENTFD's and EVENTFD_ASYNC's fds (4), RESTRICTIONS' struct
// io_uring_restriction (16), RING_FDS' and UNREGISTER_RING_FDS' struct
// io_uring_rsrc_update (16), IOWQ_MAX_WORKERS' counts (4; at exit too, as
// the kernel wrote them back); IOWQ_AFF's CPU mask of nr_args bytes;
// FILES_UPDATE's struct io_uring_files_update (16), and FILES2/BUFFERS2's
// io_uring_rsrc_register and FILES_UPDATE2/BUFFERS_UPDATE's
// io_uring_rsrc_update2 (32 bytes, when nr_args is at least that);
// (UN)REGISTER_PBUF_RING's struct io_uring_buf_reg (40 bytes). At exit
// after a success, PROBE's struct io_uring_probe with its nr_args ops.
//
// Those structs point to an array of their own (a second-level copy,
// argument kIoUringInnerArg; the rsrc structs' tags, u64s as many, argument
// kIoUringTagsArg): IoUringInnerOf reads the struct's copy for the arrays'
// addresses and length. Arrays are copied as far as they are
// readable (whole elements; the chunk says kCaptureFaulted when a fault cut
// them). Counts are bounded; tiny pointers are not followed.
#pragma once

#include <cstdint>

#include "tracer/capture_format.h"

namespace lzp::proto {

enum : uint32_t {
  kIoringRegisterBuffers = 0, kIoringRegisterFiles = 2, kIoringRegisterEventfd = 4, kIoringRegisterFilesUpdate = 6,
  kIoringRegisterEventfdAsync = 7, kIoringRegisterProbe = 8, kIoringRegisterRestrictions = 11,
  kIoringRegisterFiles2 = 13, kIoringRegisterFilesUpdate2 = 14, kIoringRegisterBuffers2 = 15,
  kIoringRegisterBuffersUpdate = 16, kIoringRegisterIowqAff = 17, kIoringRegisterIowqMaxWorkers = 19,
  kIoringRegisterRingFds = 20, kIoringUnregisterRingFds = 21, kIoringRegisterPbufRing = 22,
  kIoringUnregisterPbufRing = 23,
};
inline constexpr uint32_t kIoUringProbeHeader = 16, kIoUringProbeOp = 8, kIoUringRegisterMaxElements = 1024;
inline constexpr uint32_t kIoUringFilesUpdateSize = 16, kIoUringRsrcSize = 32, kIoUringCpuMaskMax = 1024,
                          kIoUringBufRegSize = 40;
inline constexpr uint8_t kIoUringInnerArg = 104, kIoUringTagsArg = 105;  // after capture_format.h's 102 and 103

// How io_uring_register's argument is copied: `bytes` of it, in elements of
// `element` bytes (0: one struct, all or nothing).
struct IoUringCopy { uint32_t bytes = 0, element = 0; };

inline constexpr uint32_t IoUringCount(uint64_t nr_args) {
  return static_cast<uint32_t>(nr_args) < kIoUringRegisterMaxElements ? static_cast<uint32_t>(nr_args)
                                                                       : kIoUringRegisterMaxElements;
}

inline constexpr IoUringCopy IoUringRegisterCopyOf(uint64_t opcode, uint64_t arg, uint64_t nr_args, uint8_t phase) {
  if (arg < 4096) return {};
  uint32_t n = IoUringCount(nr_args), op = static_cast<uint32_t>(opcode);
  if (phase == kAtExit) {
    if (op == kIoringRegisterProbe) return {kIoUringProbeHeader + n * kIoUringProbeOp, 0};
    if (op == kIoringRegisterIowqMaxWorkers) return {n * 4, 4};
    return {};
  }
  switch (op) {
    case kIoringRegisterFiles: case kIoringRegisterEventfd: case kIoringRegisterEventfdAsync:
    case kIoringRegisterIowqMaxWorkers:
      return {n * 4, 4};
    case kIoringRegisterBuffers: case kIoringRegisterRestrictions: case kIoringRegisterRingFds:
    case kIoringUnregisterRingFds:
      return {n * 16, 16};
    case kIoringRegisterIowqAff:
      return {static_cast<uint32_t>(nr_args) < kIoUringCpuMaskMax ? static_cast<uint32_t>(nr_args) : kIoUringCpuMaskMax, 0};
    case kIoringRegisterFilesUpdate: return {kIoUringFilesUpdateSize, 0};
    case kIoringRegisterPbufRing: case kIoringUnregisterPbufRing: return {kIoUringBufRegSize, 0};
    case kIoringRegisterFiles2: case kIoringRegisterFilesUpdate2: case kIoringRegisterBuffers2:
    case kIoringRegisterBuffersUpdate:
      return {static_cast<uint32_t>(nr_args) >= kIoUringRsrcSize ? kIoUringRsrcSize : 0, 0};
  }
  return {};
}

// The array a copied struct points to: FILES_UPDATE's fds (nr_args of
// them, at offset 8), FILES2/BUFFERS2's data (nr at 0, data at 16) and
// FILES_UPDATE2/BUFFERS_UPDATE's data (data at 8, nr at 24); fds are 4
// bytes, buffers iovecs of 16; the rsrc structs' tags are at 24 (register)
// or 16 (update2). `header` is the struct's copy, `size` its length (a short
// one gives nothing).
struct IoUringInner { uint64_t address = 0; uint32_t count = 0, element = 0; uint64_t tags = 0; };  // count elements
inline constexpr uint64_t IoUringLoad(const uint8_t* b, unsigned at, unsigned width) {
  uint64_t v = 0;
  for (unsigned i = 0; i < width; ++i) v |= static_cast<uint64_t>(b[at + i]) << (8 * i);
  return v;
}
inline constexpr IoUringInner IoUringInnerOf(uint64_t opcode, uint64_t nr_args, const uint8_t* header, uint32_t size) {
  uint32_t op = static_cast<uint32_t>(opcode);
  IoUringInner in;
  if (op == kIoringRegisterFilesUpdate && size >= kIoUringFilesUpdateSize) {
    in = {IoUringLoad(header, 8, 8), IoUringCount(nr_args), 4};
  } else if ((op == kIoringRegisterFiles2 || op == kIoringRegisterBuffers2) && size >= kIoUringRsrcSize) {
    in = {IoUringLoad(header, 16, 8), IoUringCount(IoUringLoad(header, 0, 4)), op == kIoringRegisterFiles2 ? 4u : 16u,
          IoUringLoad(header, 24, 8)};
  } else if ((op == kIoringRegisterFilesUpdate2 || op == kIoringRegisterBuffersUpdate) && size >= kIoUringRsrcSize) {
    in = {IoUringLoad(header, 8, 8), IoUringCount(IoUringLoad(header, 24, 4)), op == kIoringRegisterFilesUpdate2 ? 4u : 16u,
          IoUringLoad(header, 16, 8)};
  } else {
    return {};
  }
  if (in.tags < 4096) in.tags = 0;
  if (in.address < 4096) in.element = 0;
  return in;
}

}  // namespace lzp::proto
