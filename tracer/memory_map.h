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

// Calls line(text, length, context) for each line of /proc/self/maps, open
// at `fd` and read from its start (text without its newline), until it
// answers true; true if one did. A 2 KiB buffer on the stack, no allocation.
bool ScanMapsLines(long fd, bool (*line)(const char* text, int length, void* context), void* context);
// Parses a maps line's "start-end perms" prefix; false if malformed.
bool ParseMapsLine(const char* line, int len, uint64_t* start, uint64_t* end, int* prot);

}  // namespace lzp
