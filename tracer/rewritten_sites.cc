// tracer/rewritten_sites.cc — see rewritten_sites.h. Writers hold zpoline.cc's
// rewrite lock; the only reader (lzp_detach) runs while every thread is stopped.
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
  if (g_count < kCapacity) g_sites[g_count++] = site;
}

const uint64_t* RewrittenSites(uint64_t* count) {
  *count = g_count;
  return g_sites;
}

}  // namespace lzp
