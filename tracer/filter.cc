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

bool NotRejected(const proto::FilterFacts& facts) {
  auto undecided = [](const proto::FilterInsn&, int) { return proto::Truth::kUnknown; };
  return proto::EvaluateFilter(g_filter, facts, undecided) != proto::Truth::kFalse;
}

}  // namespace

bool FilterMayAccept(const ThreadState* ts, const EntryFrame* f) {
  return g_filter.length == 0 || NotRejected(FrameFacts(ts, f));
}

bool FilterAccepts(const ThreadState* ts, const EntryFrame* f, int64_t ret) {
  if (g_filter.length == 0) return true;
  proto::FilterFacts facts = FrameFacts(ts, f);
  facts.known |= proto::kKnowRet;
  facts.ret = ret;
  uint64_t entry = f->aux & ~kAuxFlags;
  if (g_filter.uses_dur && g_filter.tsc_khz != 0 && entry != 0) {
    uint64_t now = ReadTsc();
    facts.dur_ns = Nanoseconds(now > entry ? now - entry : 0, g_filter.tsc_khz);
    facts.known |= proto::kKnowDur;
  }
  return NotRejected(facts);
}

}  // namespace lzp
