// tracer/prctl_transfers.h — what of prctl's second argument is worth
// copying, for the options strace decodes through it (<linux/prctl.h>):
// the name PR_SET_NAME sets (a string, at entry), the name PR_GET_NAME
// returns (at exit), and the cells the getters write at exit (an int for
// PR_GET_PDEATHSIG and PR_GET_CHILD_SUBREAPER, a pointer for
// PR_GET_TID_ADDRESS). Shared by the interposer and the ptrace companion,
// which copy the same chunks (argument 1) for the CLI's prctl decoder.
#pragma once

#include <cstdint>

#include "tracer/capture_format.h"

namespace lzp::proto {

struct PrctlTransfer {
  uint8_t string_max;  // a NUL-terminated name of at most this many bytes, or 0
  uint8_t cell_size;   // a cell of this many bytes, or 0
};

inline PrctlTransfer PrctlTransferOf(uint64_t option, uint8_t phase) {
  constexpr uint64_t kGetPdeathsig = 2, kSetName = 15, kGetName = 16, kGetSubreaper = 37, kGetTidAddress = 40;
  constexpr uint8_t kTaskCommLen = 16;
  if (phase == kAtEntry) return option == kSetName ? PrctlTransfer{kTaskCommLen, 0} : PrctlTransfer{0, 0};
  switch (option) {
    case kGetName: return {kTaskCommLen, 0};
    case kGetPdeathsig: case kGetSubreaper: return {0, 4};
    case kGetTidAddress: return {0, 8};
    default: return {0, 0};
  }
}

}  // namespace lzp::proto
