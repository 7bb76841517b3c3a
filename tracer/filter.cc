// tracer/filter.cc — see filter.h.
#include "tracer/filter.h"

#include "tracer/filter_eval.h"
#include "tracer/frame_flags.h"
#include "tracer/ring_writer.h"

namespace lzp {
namespace {

proto::FilterProgram g_filter;  // length 0: no --filter

// Ticks to nanoseconds without overflowing for any realistic duration.
uint64_t Nanoseconds(uint64_t ticks, uint64_t khz) {
  return ticks / khz * 1000000 + ticks % khz * 1000000 / khz;
}

}  // namespace

void LoadFilter(const proto::FilterProgram* shared) {
  const auto* from = reinterpret_cast<const volatile uint8_t*>(shared);
  auto* to = reinterpret_cast<uint8_t*>(&g_filter);
  for (uint64_t i = 0; i < sizeof(g_filter); ++i) to[i] = from[i];
  if (g_filter.length > proto::kFilterMaxInsns) g_filter.length = 0;  // scribbled on: record everything
}

namespace {

// What the frame says: number, arguments, ids.
proto::FilterFacts FrameFacts(const ThreadState* ts, const EntryFrame* f) {
  proto::FilterFacts facts;
  facts.known = proto::kKnowNr | proto::kKnowArgs | proto::kKnowIds;
  facts.nr = f->nr;
  facts.args[0] = f->rdi; facts.args[1] = f->rsi; facts.args[2] = f->rdx;
  facts.args[3] = f->r10; facts.args[4] = f->r8;  facts.args[5] = f->r9;
  facts.pid = ts->pid;
  facts.tid = ts->tid;
  facts.ret = 0;
  facts.dur_ns = 0;
  return facts;
}

proto::Truth Evaluate(const proto::FilterFacts& facts) {
  auto undecided = [](const proto::FilterInsn&, int) { return proto::Truth::kUnknown; };
  return proto::EvaluateFilter(g_filter, facts, undecided);
}

// The slot of `level` for the entry's answer; the deepest level is shared
// by every deeper nesting, so it keeps none.
uint8_t* VerdictSlot(ThreadState* ts, uint32_t level) {
  return level < ThreadState::kLevels - 1 ? &ts->filter_verdict[level] : nullptr;
}

}  // namespace

bool FilterEntryVerdict(ThreadState* ts, const EntryFrame* f, uint32_t level) {
  if (g_filter.length == 0) return true;
  proto::Truth verdict = Evaluate(FrameFacts(ts, f));
  if (uint8_t* slot = VerdictSlot(ts, level)) *slot = static_cast<uint8_t>(verdict) + 1;
  return verdict != proto::Truth::kFalse;
}

bool FilterAccepts(ThreadState* ts, const EntryFrame* f, int64_t ret, uint32_t level) {
  if (g_filter.length == 0) return true;
  if (uint8_t* slot = level == kNoEntryVerdict ? nullptr : VerdictSlot(ts, level)) {
    uint8_t kept = *slot;
    *slot = 0;
    if (kept == static_cast<uint8_t>(proto::Truth::kFalse) + 1) return false;
    if (kept == static_cast<uint8_t>(proto::Truth::kTrue) + 1) return true;
  }
  proto::FilterFacts facts = FrameFacts(ts, f);
  facts.known |= proto::kKnowRet;
  facts.ret = ret;
  uint64_t entry = f->aux & ~kAuxFlags;
  if (g_filter.uses_dur && g_filter.tsc_khz != 0 && entry != 0) {
    uint64_t now = ReadTsc();
    facts.dur_ns = Nanoseconds(now > entry ? now - entry : 0, g_filter.tsc_khz);
    facts.known |= proto::kKnowDur;
  }
  return Evaluate(facts) != proto::Truth::kFalse;
}

}  // namespace lzp
