// tracer/sud.h — Syscall User Dispatch: the route every syscall site takes
// until it is rewritten (and every call, in SUD-only mode).
#pragma once

#include "tracer/thread_state.h"

namespace lzp {

// Installs the interposer's SIGSYS handler (process-wide). Returns -errno or 0.
long InstallSigsysHandler();
// Turns dispatch on for the calling thread, with `ts`'s selector. -errno or 0.
long EnableDispatch(ThreadState* ts);

}  // namespace lzp
