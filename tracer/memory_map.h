// tracer/memory_map.h — questions about our own address space, answered
// without libc: protections from /proc/self/maps, and reads that survive a
// bad pointer.
#pragma once

#include <cstdint>

namespace lzp {

// The PROT_* bits of the mapping containing `addr`, or -1 if none.
int ProtectionAt(uint64_t addr);

// Copies `n` bytes from application memory; false (and nothing copied past
// the fault) if any of it is unmapped or unreadable. Never faults.
bool SafeRead(void* dst, uint64_t src, uint64_t n);

}  // namespace lzp
