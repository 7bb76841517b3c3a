// tracer/code_maps.h — -k: telling the CLI where the process's code comes from.
#pragma once

#include <cstdint>

#include "tracer/thread_state.h"

namespace lzp {

// Does syscall nr (with these arguments) change which files are mapped
// executable? mmap only when it asks for PROT_EXEC.
bool ChangesCodeMappings(uint64_t nr, const EntryFrame* f);

// Appends a CodeMapsRecord: the executable, file-backed lines of
// /proc/self/maps. The CLI unwinds -k's stack snapshots against it.
void EmitCodeMaps(const ThreadState* ts);

}  // namespace lzp
