// cli/launch/vdso_plan.h — planning the vDSO hooks (see tracer/vdso.h) with Zydis.
#pragma once

#include <string>

#include "tracer/protocol.h"

namespace lzp::cli {

// Fills `plan` for this process's vDSO: for each exported time/cpu/random
// function, the entry instructions (whole, >= 5 bytes) relocated for a
// trampoline, with their RIP-relative displacements and branches as rel32
// fixups. A function is left out when the bytes we would replace are a
// branch target (replacing them would break the code). Returns a note for the user when nothing could be
// planned (empty when all is well). With `keep_dir`, a plan kept there for
// this vDSO and this lzptrace is taken instead, and a new one is kept
// (vdso_plan_cache.h).
std::string PlanVdsoHooks(proto::VdsoPlan* plan, const std::string& keep_dir = "");

}  // namespace lzp::cli
