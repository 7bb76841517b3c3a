// cli/launch/vdso_plan_cache.h — the vDSO plan (vdso_plan.h), kept from one
// start to the next.
//
// Planning decodes the vDSO's time functions with Zydis, and the first
// decodes of a process fault in Zydis's tables: ~0.2 ms of every start
// (docs/performance.md, "Start-up (session 5)"). The plan depends only on
// the vDSO's bytes and on the code that made it, so it is kept in a file
// named by both: this lzptrace's build id and the vDSO image's size and
// hash. The file lives in the interposer's private directory (ours,
// writable by no one else: launcher.cc), is written whole under a temporary
// name and renamed, and is taken only if it is our own regular file that
// others cannot write, exactly one plan long, for this very image, with a
// count a plan can have. A build without a build id keeps no plans.
#pragma once

#include <cstdint>
#include <string>

#include "tracer/protocol.h"

namespace lzp::cli {

// The kept plan for the vDSO of `image_size` bytes hashing to `image_hash`,
// into *plan; false (plan untouched) if there is none fit to use.
bool LoadKeptVdsoPlan(const std::string& dir, uint64_t image_size, uint64_t image_hash, proto::VdsoPlan* plan);

// Keeps `plan` (one that hooks something) for the next starts.
void KeepVdsoPlan(const std::string& dir, const proto::VdsoPlan& plan);

}  // namespace lzp::cli
