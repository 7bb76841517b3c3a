// tracer/rewritten_sites.cc — see rewritten_sites.h. Writers hold zpoline.cc's
// rewrite lock and publish an entry by storing the count after it (release);
// the detach plan reads while every thread is stopped, IsRewrittenSite from a
// fault handler with an acquire load of the count.
#include "tracer/rewritten_sites.h"

#include "tracer/detach_plan.h"

namespace lzp {
namespace {

constexpr uint64_t kCapacity = 32768;  // 256 KiB of .bss: far more sites than a large program runs
static_assert(kCapacity <= proto::kMaxPlanSites, "the CLI refuses a detach plan with more sites");
uint64_t g_sites[kCapacity];
uint64_t g_count;

}  // namespace

bool RewrittenSitesHaveRoom() { return g_count < kCapacity; }

void NoteRewrittenSite(uint64_t site) {
  if (g_count < kCapacity) {
    g_sites[g_count] = site;
    __atomic_store_n(&g_count, g_count + 1, __ATOMIC_RELEASE);
  }
}

bool IsRewrittenSite(uint64_t site) {
  uint64_t count = __atomic_load_n(&g_count, __ATOMIC_ACQUIRE);
  for (uint64_t i = 0; i < count; ++i)
    if (g_sites[i] == site) return true;
  return false;
}

const uint64_t* RewrittenSites(uint64_t* count, uint64_t* count_address) {
  *count = g_count;
  *count_address = reinterpret_cast<uint64_t>(&g_count);
  return g_sites;
}

}  // namespace lzp
