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
// Is there a --filter at all? (Paths that cannot evaluate one stay off when there is.)
bool FilterPresent();
// At entry of a shown call, at nesting `level`: false if the predicate
// rejects it whatever its result and duration (then it is treated as
// filtered out from the start: no timestamp, no in-flight note, no capture).
// The answer is kept for the exit: knowing more can only confirm a definite
// answer (three-valued logic is monotone), so only an undecided one is
// evaluated again there.
// `shown`: the call passes -e trace=; a call that does not is not evaluated,
// and leaves no answer for its exit to find.
bool FilterEntryVerdict(ThreadState* ts, const EntryFrame* f, uint32_t level);
inline bool FilterMayAccept(ThreadState* ts, const EntryFrame* f, uint32_t level, bool shown) {
  if (shown) return FilterEntryVerdict(ts, f, level);
  if (level < static_cast<uint32_t>(ThreadState::kLevels)) ts->filter_verdict[level] = 0;
  return false;
}
// After a shown call returned `ret`: false if the predicate rejects it.
// `level` as at entry, or kNoEntryVerdict where the entry did not evaluate.
inline constexpr uint32_t kNoEntryVerdict = ~0u;
bool FilterAccepts(ThreadState* ts, const EntryFrame* f, int64_t ret, uint32_t level);

}  // namespace lzp
