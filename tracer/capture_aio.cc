// tracer/capture_aio.cc — io_submit's requests, two levels below its
// arguments. The array of iocb pointers is argument 2's plain capture
// (structs.tbl's iocbpp); here, for the first kIocbMax pointers, each
// struct iocb is copied whole as argument kIocbArg0 + k (the CLI cuts the
// array at -s unless -v), then what its aio_buf points to as
// kIocbDataArg0 + k: the bytes IOCB_CMD_PWRITE writes (up to -s), the
// iovec array of IOCB_CMD_PREADV (bases and lengths) or IOCB_CMD_PWRITEV
// (with the data they point to). Each read goes through safe_copy: a bad
// pointer in the array or in an iocb is a faulted chunk, never our fault.
#include <sys/syscall.h>

#include "tracer/capture_writer.h"
#include "tracer/safe_copy.h"

namespace lzp::capture {
namespace {

// <linux/aio_abi.h>: struct iocb's offsets and the opcodes with a buffer.
constexpr uint64_t kIocbSize = 64, kOpcodeAt = 16, kBufAt = 24, kNbytesAt = 32;
constexpr uint16_t kCmdPwrite = 1, kCmdPreadv = 7, kCmdPwritev = 8;

}  // namespace

void CaptureIocbs(Writer& w, const EntryFrame* f) {
  uint64_t array = f->arg(2), n = Min(f->arg(1), proto::kIocbMax);
  if (array == 0) return;
  for (uint64_t k = 0; k < n; ++k) {
    uint64_t iocb = 0;
    if (!CopyFromApp(&iocb, array + k * 8, 8)) return;
    if (iocb == 0) continue;
    CaptureBytes(w, static_cast<int>(proto::kIocbArg0 + k), proto::kAtEntry, iocb, kIocbSize, ~0ull);
    uint16_t opcode = 0;
    uint64_t buf = 0, nbytes = 0;
    if (!CopyFromApp(&opcode, iocb + kOpcodeAt, 2) || !CopyFromApp(&buf, iocb + kBufAt, 8) ||
        !CopyFromApp(&nbytes, iocb + kNbytesAt, 8))
      continue;
    int slot = static_cast<int>(proto::kIocbDataArg0 + k);
    if (opcode == kCmdPwrite) CaptureBytes(w, slot, proto::kAtEntry, buf, nbytes, StringLimit() + 1);
    else if (opcode == kCmdPreadv) CaptureIovec(w, slot, proto::kAtEntry, buf, nbytes, 0, 0);
    else if (opcode == kCmdPwritev) CaptureIovec(w, slot, proto::kAtEntry, buf, nbytes, -1, StringLimit() + 1);
  }
}

}  // namespace lzp::capture
