// tracer/prctl_transfers.h — what of prctl's arguments is worth copying,
// for the options strace decodes through them (<linux/prctl.h>): the name
// PR_SET_NAME sets (a string, at entry), the name PR_GET_NAME returns (at
// exit), the cells the getters write at exit (an int for PR_GET_PDEATHSIG,
// PR_GET_CHILD_SUBREAPER and PR_GET_TSC, a pointer for PR_GET_TID_ADDRESS),
// all through the second argument; and the anonymous mapping name that
// PR_SET_VMA's PR_SET_VMA_ANON_NAME sets through the fifth. Shared by the
// interposer and the ptrace companion, which copy the same chunks (as
// argument `arg`) for the CLI's prctl decoder.
#pragma once

#include <cstdint>

#include "tracer/capture_format.h"

namespace lzp::proto {

struct PrctlTransfer {
  uint8_t string_max;  // a NUL-terminated name of at most this many bytes, or 0
  uint8_t cell_size;   // a cell of this many bytes, or 0
  uint8_t arg = 1;     // the argument (0-based) that points at it
};

inline constexpr uint64_t kPrSetVma = 0x53564d41, kPrSetVmaAnonName = 0;

inline PrctlTransfer PrctlTransferOf(uint64_t option, uint64_t arg2, uint8_t phase) {
  constexpr uint64_t kGetPdeathsig = 2, kSetName = 15, kGetName = 16, kGetTsc = 25, kGetSubreaper = 37,
                     kGetTidAddress = 40;
  constexpr uint8_t kTaskCommLen = 16, kAnonNameMax = 81;  // ANON_VMA_NAME_MAX_LEN 80, and its NUL
  if (phase == kAtEntry) {
    if (option == kSetName) return {kTaskCommLen, 0};
    if (option == kPrSetVma && arg2 == kPrSetVmaAnonName) return {kAnonNameMax, 0, 4};
    return {0, 0};
  }
  switch (option) {
    case kGetName: return {kTaskCommLen, 0};
    case kGetPdeathsig: case kGetSubreaper: case kGetTsc: return {0, 4};
    case kGetTidAddress: return {0, 8};
    default: return {0, 0};
  }
}

}  // namespace lzp::proto
