// tracer/vdso.h — recording the calls that never enter the kernel.
//
// clock_gettime, gettimeofday, time, clock_getres, getcpu and getrandom are
// served by the vDSO in user space, so no syscall trap sees them. We hook
// their entry points: the first instructions (whole, at least 5 bytes) move
// to a trampoline page within +-2 GiB of the vDSO, with their RIP-relative
// displacements fixed up, followed by a jump back; the entry becomes a
// `jmp rel32` to a stub in that page that jumps on to our hook. The hook calls
// the moved original and records the call with its result. What to move is
// planned by the CLI with Zydis (cli/launch/vdso_plan.cc) and applied here only if
// our vDSO is byte-identical to the CLI's.
#pragma once

#include "tracer/protocol.h"

namespace lzp {

// Hooks the planned functions; false (nothing changed) if the plan does not fit.
bool HookVdso(const proto::VdsoPlan* plan, uint64_t vdso_base, uint64_t vdso_size);

}  // namespace lzp
