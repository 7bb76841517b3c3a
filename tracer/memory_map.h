// tracer/memory_map.h — the protections of our own address space, asked of
// /proc/self/maps without libc. (Reads that survive a bad pointer are in
// safe_copy.h.)
#pragma once

#include <cstdint>

namespace lzp {

// The PROT_* bits of the mapping containing `addr`, or -1 if none.
int ProtectionAt(uint64_t addr);

// The same, always from the text of /proc/self/maps (what ProtectionAt falls
// back to on kernels without PROCMAP_QUERY): tests compare the two.
int ProtectionAtFromText(uint64_t addr);

}  // namespace lzp
