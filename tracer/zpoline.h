// tracer/zpoline.h — the fast path: page 0 trampoline and site rewriting.
#pragma once

#include <cstdint>

namespace lzp {

// Maps page 0 as a nop sled ending in a jump to lzp_zpoline_entry. Returns 0
// or the -errno of the failed mmap (EPERM under vm.mmap_min_addr > 0 without
// CAP_SYS_RAWIO, or in a user namespace).
long MapTrampolinePage();

// Rewrites the `syscall` (0f 05) at `site` into `call *%rax` (ff d0) when that
// is safe; returns whether it did. See zpoline.cc for the rules.
bool TryRewriteSite(uint64_t site);

// Eager rewriting (tracer/eager_rewrite.h): rewrites the `sites` that lie in
// [first_page, end_page), pages the caller knows are mapped with exactly
// `prot` (read-only code, from the object's program headers), with one
// mprotect to add write access and one to take it away. Each site follows
// the rules of TryRewriteSite, and its bytes must still be 0f 05. Returns how
// many were rewritten (0 if another thread is rewriting just now).
int RewriteSitesIn(uint64_t first_page, uint64_t end_page, int prot, const uint64_t* sites, int count);

}  // namespace lzp
