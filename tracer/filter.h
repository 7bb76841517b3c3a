// tracer/filter.h — --filter in the tracee: the CLI's compiled predicate
// (protocol.h FilterProgram, evaluated by filter_eval.h) is applied after
// each shown call, and a call it rejects is neither recorded nor counted.
// Parts it cannot decide here (captured strings) count as "maybe": the call
// is recorded and the CLI decides.
#pragma once

#include <cstdint>

#include "tracer/protocol.h"
#include "tracer/thread_state.h"

namespace lzp {

// At start-up: a private copy, so that the application cannot change it later.
void LoadFilter(const proto::FilterProgram* shared);
// At entry of a shown call: false if the predicate rejects it whatever its
// result and duration (then it is treated as filtered out from the start:
// no timestamp, no in-flight note, no capture). The answer at exit, which
// knows more, can only agree (three-valued logic is monotone).
bool FilterMayAccept(const ThreadState* ts, const EntryFrame* f);
// After a shown call returned `ret`: false if the predicate rejects it.
bool FilterAccepts(const ThreadState* ts, const EntryFrame* f, int64_t ret);

}  // namespace lzp
