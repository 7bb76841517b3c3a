// tracer/direct_calls.h — the routes that skip most of the entry path: calls
// a rewritten site runs without entering the interposer's C++ at all, and
// -c's calls counted without lzp_syscall_exit.
//
// A call that no part of the interposer follows (the bare calls of
// syscall_hooks.cc) still cost, through the common entry path, a 144-byte
// frame of pushes, lzp_syscall_enter's checks and a popfq. Most of those
// checks depend on the syscall number alone: whether -e trace= shows it, a
// hook, a --handler or an injection rule wants it, the fd-kind cache
// follows it, it takes an fd (ours are hidden) or a pointer (page 0 must
// stay invisible to the kernel). PlanDirectCalls decides them once per
// process image and writes lzp_number_routes, a byte per number:
//
//   LZP_ROUTE_DIRECT  nothing can want the call. asm/entry.S
//     (lzp_zpoline_entry) looks the number up and, when the thread has its
//     state and no call of ours is in progress in it (nesting depth 0, as
//     RunsBare asks), makes the syscall at once from lzp_direct_syscall_site
//     and returns to the program: no frame, no C++. The per-call conditions
//     of RunsBare that are not about the number hold for any call at depth
//     0 reaching the trampoline: it did not come through SIGSYS (that route
//     enters at lzp_sud_entry), and with no injection rule naming the number
//     and no pointer argument no injection or page-0 closing can mark it.
//   LZP_ROUTE_COUNT  -c without records (no -C, --filter, -k, -i), a shown
//     number nothing else wants: lzp_syscall_enter, at level 0, checks the
//     two things that depend on the arguments (page 0, our fds), stamps the
//     call and returns at once (TakeCountRoute); after the syscall the entry
//     path calls lzp_count_exit, which counts it and gives the level back.
//     The frame is built as for any call, so signals, -p detach and the
//     companion see what they see for a bare call.
//
// -k and -i empty the table (a signal arriving in a direct call would show
// the interposer's address, not the program's), as does nothing at all: the
// table starts empty, so a process that never planned runs every call
// through the common path. RegisterHandler plans again when a --handler
// library arrives.
//
// A direct call holds no state of ours (no nesting level, frame or in-flight
// entry), so a signal handler that runs during it, or longjmps out of it,
// finds the thread as between two calls; a restarted call restarts at
// lzp_direct_syscall_site with the program's registers. -p detach moves a
// thread stopped there back to its own (restored) site (DetachPlan,
// cli/injector/detach.cc).
#pragma once

#include <cstdint>

#include "tracer/frame_layout.h"
#include "tracer/thread_state.h"

extern "C" uint8_t lzp_number_routes[LZP_DIRECT_NUMBERS];

namespace lzp {

void PlanDirectCalls();

inline int RouteOf(uint64_t nr) { return nr < LZP_DIRECT_NUMBERS ? lzp_number_routes[nr] : LZP_ROUTE_COMMON; }

// For a call of a LZP_ROUTE_COUNT number at `level`: true (the frame marked)
// if it takes the counting route.
bool TakeCountRoute(ThreadState* ts, EntryFrame* f, uint32_t level);

}  // namespace lzp

// After the syscall of a call TakeCountRoute took (asm/entry.S).
extern "C" void lzp_count_exit(lzp::EntryFrame* f);
