// tracer/direct_calls.cc — see direct_calls.h.
#include "tracer/direct_calls.h"

#include <sys/syscall.h>

#include "tracer/call_counter.h"
#include "tracer/capture.h"
#include "tracer/fd_kinds.h"
#include "tracer/filter.h"
#include "tracer/frame_flags.h"
#include "tracer/handlers.h"
#include "tracer/hooks.h"
#include "tracer/include/lzptrace/handler.h"
#include "tracer/inject.h"
#include "tracer/page_zero.h"
#include "tracer/process.h"
#include "tracer/ring_writer.h"

uint8_t lzp_number_routes[LZP_DIRECT_NUMBERS];

namespace lzp {
namespace {

static_assert(LZP_DIRECT_NUMBERS == kTableNumbers, "the routes cover the numbers the tables know");

// Nothing of ours wants a call of nr for what it is (it may still be shown).
// A --handler library's registration (handler.h) is ours to answer: were it
// made directly, a site met before (rewritten, or eagerly in a later
// process) would get the kernel's ENOSYS.
bool NothingElseWants(uint64_t nr) {
  return nr != static_cast<uint64_t>(LZPTRACE_REGISTER_SYSCALL) && !InterposerFollows(nr) && nr != SYS_arch_prctl &&
         !HandlersWant(nr) && !InjectionNames(nr) && !fd_kinds::Follows(nr);
}

int RouteFor(uint64_t nr) {
  if (g_process.stack_trace || g_process.record_ip || !NothingElseWants(nr)) return LZP_ROUTE_COMMON;
  if (!Shown(nr)) return g_process.zpoline && !TakesFds(nr) && !MayReachPageZero(nr) ? LZP_ROUTE_DIRECT : LZP_ROUTE_COMMON;
  bool count_only = g_process.counters != nullptr && g_process.no_records && !FilterPresent();
  return count_only ? LZP_ROUTE_COUNT : LZP_ROUTE_COMMON;
}

}  // namespace

void PlanDirectCalls() {
  for (uint64_t nr = 0; nr < LZP_DIRECT_NUMBERS; ++nr) {
    __atomic_store_n(&lzp_number_routes[nr], static_cast<uint8_t>(RouteFor(nr)), __ATOMIC_RELAXED);
  }
}

bool TakeCountRoute(ThreadState* ts, EntryFrame* f, uint32_t level) {
  if (level != 0 || !ts->traced || (g_process.zpoline && PointsIntoPageZero(f)) || TakesOurFd(f)) return false;
  ts->via_sigsys = false;  // (only a record would say so)
  ts->count_entry_tsc = ReadTsc();
  StartCallTimer(ts);
  f->aux = kBareBit | kCountBit;
  return true;
}

}  // namespace lzp

extern "C" void lzp_count_exit(lzp::EntryFrame* f) {
  using namespace lzp;
  ThreadState* ts = CurrentThread();  // (the entry had it)
  f->aux = ts->count_entry_tsc;
  if (ts->traced && g_process.active) CountCall(ts, f, static_cast<int64_t>(f->rax));
  --ts->depth;
}
