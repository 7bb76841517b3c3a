// tracer/frame_flags.h — flags the entry path keeps in the top bits of the
// EntryFrame's aux word, above the entry timestamp (TSC values stay far below
// 2^58).
#pragma once

#include <cstdint>

#include "tracer/frame_layout.h"

namespace lzp {

inline constexpr uint64_t kViaSigsysBit = uint64_t{1} << 63;       // arrived through SIGSYS
inline constexpr uint64_t kPageZeroClosedBit = uint64_t{1} << 62;  // page 0 closed around it (page_zero.h)
inline constexpr uint64_t kRecordedBit = uint64_t{1} << 61;        // already recorded by a signal handler
inline constexpr uint64_t kInflightNotedBit = uint64_t{1} << 60;  // noted in the thread's in-flight slot
inline constexpr uint64_t kInjectedBit = uint64_t{1} << 59;       // -e inject= matched (inject.h)
inline constexpr uint64_t kNotRunBit = uint64_t{1} << 58;         // injected: the syscall did not run
inline constexpr uint64_t kBareBit = uint64_t{1} << LZP_AUX_BARE_BIT;  // run bare: no lzp_syscall_exit (frame_layout.h)
// With kBareBit (and nothing else: its entry TSC waits in ThreadState's
// count_entry_tsc): counted by lzp_count_exit (direct_calls.h).
inline constexpr uint64_t kCountBit = uint64_t{1} << LZP_AUX_COUNT_BIT;
inline constexpr uint64_t kAuxFlags =
    kViaSigsysBit | kPageZeroClosedBit | kRecordedBit | kInflightNotedBit | kInjectedBit | kNotRunBit | kBareBit;

}  // namespace lzp
