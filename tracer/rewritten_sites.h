// tracer/rewritten_sites.h — a bounded record of every syscall site the
// interposer rewrote (zpoline.cc), so that a detach (-p) can put each one
// back to `syscall` (tracer/detach_plan.h). A fixed array in the
// interposer's .bss: no allocation. When it is full, no more sites are
// rewritten (they keep going through SIGSYS: slower, never wrong).
#pragma once

#include <cstdint>

namespace lzp {

// Is there room for one more? (Asked, under the rewrite lock, before rewriting.)
bool RewrittenSitesHaveRoom();
// Records `site` (called under the rewrite lock, after the bytes changed).
void NoteRewrittenSite(uint64_t site);
// Is `site` one of ours? (The SIGSEGV handler asks, for a `call *%rax` to an
// address outside page 0: page_zero.h. A linear scan: faults only.)
bool IsRewrittenSite(uint64_t site);
// The list, for the detach plan: its count now, and where the count lives
// (a site may still be added after the plan is made: detach_plan.h).
const uint64_t* RewrittenSites(uint64_t* count, uint64_t* count_address);

}  // namespace lzp
