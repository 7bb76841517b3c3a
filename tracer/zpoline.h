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

}  // namespace lzp
