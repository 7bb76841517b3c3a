// tracer/ring_writer.h — appending records to the shared ring (protocol.h).
#pragma once

#include <cstdint>

#include "tracer/protocol.h"

namespace lzp {

// Reserves `bytes` (rounded up to cells) for a record of `type`, waiting while
// the ring is full. Returns the record's start, its header in state Reserved.
// Returns nullptr only if the CLI is gone (the ring can never drain).
// With `wait` false, returns nullptr at once when the ring is full.
void* ReserveRecord(uint32_t bytes, proto::RecordType type, uint32_t tid, bool wait = true);
// Publishes a record obtained from ReserveRecord and wakes the CLI if it sleeps.
void CommitRecord(void* record);

inline uint64_t ReadTsc() {
  uint32_t lo, hi;
  asm volatile("rdtsc" : "=a"(lo), "=d"(hi));
  return (uint64_t{hi} << 32) | lo;
}

}  // namespace lzp
