// tracer/filter.cc — see filter.h.
#include "tracer/filter.h"

#include "tracer/filter_eval.h"
#include "tracer/frame_flags.h"
#include "tracer/ring_writer.h"

namespace lzp {
namespace {

proto::FilterProgram g_filter;  // length 0: no --filter
// Whether the program reads anything the entry knows beyond the syscall
// number (arguments, pid, tid). When it does not, the entry's answer
// depends on the number alone: it is evaluated once per number and kept in
// g_verdict_by_nr (Truth + 1; 0: not yet), so a call whose answer waits for
// its result costs one evaluation (at exit), not two.
bool g_entry_reads_call = true;
uint8_t g_verdict_by_nr[512];
// When, besides, the program does not read the duration, the exit's answer
// depends on the number and the result alone: the last one per number is
// kept in g_exit_by_nr as ret << 2 | (Truth + 1) (0: none; a result that
// does not fit in 62 bits is not kept). A loop of calls that return the same
// value (getppid, close of a bad fd, a poll that times out) then costs a
// load and a compare at exit instead of an evaluation.
bool g_exit_memo = false;
uint64_t g_exit_by_nr[512];

bool ReadsWhatTheEntryKnows(const proto::FilterProgram& p) {
  for (uint32_t i = 0; i < p.length; ++i) {
    const proto::FilterInsn& in = p.code[i];
    if (in.op != proto::kFilterCompare) continue;
    if (in.field != proto::kFieldNr && in.field != proto::kFieldRet && in.field != proto::kFieldErrno &&
        in.field != proto::kFieldDur)
      return true;  // an argument (numbered or named), pid, tid, or a field this code does not know
  }
  return false;
}

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
  g_entry_reads_call = ReadsWhatTheEntryKnows(g_filter);
  g_exit_memo = !g_entry_reads_call && g_filter.uses_dur == 0;
  for (uint8_t& v : g_verdict_by_nr) v = 0;
  for (uint64_t& v : g_exit_by_nr) v = 0;
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

// The entry's answer when it depends on the number alone (see g_verdict_by_nr):
// threads racing on a first evaluation store the same value.
proto::Truth VerdictForNumber(ThreadState* ts, const EntryFrame* f) {
  if (f->nr >= 512) return Evaluate(FrameFacts(ts, f));
  uint8_t kept = __atomic_load_n(&g_verdict_by_nr[f->nr], __ATOMIC_RELAXED);
  if (kept != 0) return static_cast<proto::Truth>(kept - 1);
  proto::Truth verdict = Evaluate(FrameFacts(ts, f));
  __atomic_store_n(&g_verdict_by_nr[f->nr], static_cast<uint8_t>(verdict) + 1, __ATOMIC_RELAXED);
  return verdict;
}

}  // namespace

bool FilterEntryVerdict(ThreadState* ts, const EntryFrame* f, uint32_t level) {
  if (g_filter.length == 0) return true;
  proto::Truth verdict = g_entry_reads_call ? Evaluate(FrameFacts(ts, f)) : VerdictForNumber(ts, f);
  if (uint8_t* slot = VerdictSlot(ts, level)) *slot = static_cast<uint8_t>(verdict) + 1;
  return verdict != proto::Truth::kFalse;
}

bool FilterPresent() { return g_filter.length != 0; }

bool FilterAccepts(ThreadState* ts, const EntryFrame* f, int64_t ret, uint32_t level) {
  if (g_filter.length == 0) return true;
  if (uint8_t* slot = level == kNoEntryVerdict ? nullptr : VerdictSlot(ts, level)) {
    uint8_t kept = *slot;
    *slot = 0;
    if (kept == static_cast<uint8_t>(proto::Truth::kFalse) + 1) return false;
    if (kept == static_cast<uint8_t>(proto::Truth::kTrue) + 1) return true;
  }
  const bool memo = g_exit_memo && f->nr < 512 && static_cast<int64_t>(static_cast<uint64_t>(ret) << 2) >> 2 == ret;
  if (memo) {
    uint64_t kept = __atomic_load_n(&g_exit_by_nr[f->nr], __ATOMIC_RELAXED);
    if (kept != 0 && static_cast<int64_t>(kept) >> 2 == ret)
      return static_cast<proto::Truth>((kept & 3) - 1) != proto::Truth::kFalse;
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
  proto::Truth verdict = Evaluate(facts);
  if (memo)  // (one 64-bit store: a racing thread's load sees a whole entry)
    __atomic_store_n(&g_exit_by_nr[f->nr], static_cast<uint64_t>(ret) << 2 | (static_cast<uint64_t>(verdict) + 1),
                     __ATOMIC_RELAXED);
  return verdict != proto::Truth::kFalse;
}

}  // namespace lzp
