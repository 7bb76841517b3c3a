// tracer/our_mappings.h — the interposer's own memory, kept out of reach of
// the application's mprotect (our_mappings.cc).
#pragma once

#include <cstdint>

#include "tracer/hooks.h"

namespace lzp {

// Records [start, start + length) as ours (page-rounded); ForgetOurMapping
// drops the one starting at `start`.
void NoteOurMapping(uint64_t start, uint64_t length);
void ForgetOurMapping(uint64_t start);

// The table, as {start, end} pairs of uint64_t (start 0: unused), for the
// detach plan (detach_plan.h).
const void* OurMappingSlots(uint64_t* count);

// mprotect, pkey_mprotect, munmap, madvise: applied to the parts of the range
// that are not ours; mmap with MAP_FIXED over ours: ENOMEM.
EnterResult KeepOurMappingsEnter(ThreadState* ts, EntryFrame* f);

}  // namespace lzp
