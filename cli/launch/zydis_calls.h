// cli/launch/zydis_calls.h — the two Zydis functions the vDSO planner uses,
// loaded when a plan is first made (cli/load/on_demand_library.h): with a
// kept plan (vdso_plan_cache.h) libZydis is never loaded at all.
#pragma once

#include <Zydis/Zydis.h>

namespace lzp::cli {

struct ZydisCalls {
  decltype(&ZydisDecoderInit) decoder_init;
  decltype(&ZydisDecoderDecodeInstruction) decode_instruction;
};

// The functions, or null if libZydis could not be loaded (said once on
// stderr). Loaded once; safe from any thread.
const ZydisCalls* Zydis();

}  // namespace lzp::cli
