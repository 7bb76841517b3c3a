// tracer/detach_plan.h — what lzptrace needs to take the interposer out of
// a process it attached to (-p), shared by the interposer and the CLI.
//
// At detach the CLI calls the interposer's exported lzp_detach (in one
// stopped thread, cli/injector/detach.cc): it makes the interposer inert
// (no more records), puts the program's own signal dispositions back in the
// kernel, and returns the address of a DetachPlan, which the CLI reads
// through /proc/PID/mem. The plan names everything of ours the CLI then
// removes: the syscall sites that were rewritten (their original bytes are
// always 0f 05), the anonymous mappings the interposer made (thread states,
// capture areas, the ring), and whether page 0 is ours. The image itself
// the CLI mapped, and knows.
#pragma once

#include <cstdint>

namespace lzp::proto {

struct DetachPlan {
  uint64_t sites;           // address of uint64_t[site_count]: every site rewritten to ff d0
  uint64_t site_count;
  uint64_t mappings;        // address of {start, end}[mapping_count]; start 0: an unused slot
  uint64_t mapping_count;
  uint64_t page_zero;       // 1 if page 0 holds our trampoline
  uint64_t app_syscall_site;  // the `syscall` the entry path makes for the program (asm/entry.S)
  // Address of the live count of `sites`. A thread stopped in our SIGSYS
  // handler when the plan was made rewrites its site while the CLI steps it
  // out of our code, after the plan: the CLI reads the count again once every
  // thread is out (no more can be rewritten then), before it unmaps the list.
  uint64_t site_count_address;
  // The `syscall` a direct call runs at (tracer/direct_calls.h): a thread
  // there has the program's registers, its return address at rsp.
  uint64_t direct_syscall_site;
};

// The most a plan can name (the interposer's fixed tables: rewritten_sites.cc,
// our_mappings.cc assert their sizes against these). The plan is read from
// the tracee: the CLI refuses one that claims more, instead of allocating
// what a damaged or hostile count asks for.
inline constexpr uint64_t kMaxPlanSites = 32768;
inline constexpr uint64_t kMaxPlanMappings = 1024;

// The interposer's exported entry points the CLI calls into (by name, from
// the library's dynamic symbols).
inline constexpr char kAttachThreadSymbol[] = "lzp_attach_thread";  // long (uint64_t restart_return): this thread's state and SUD
inline constexpr char kDetachSymbol[] = "lzp_detach";               // const DetachPlan* (void)

}  // namespace lzp::proto
