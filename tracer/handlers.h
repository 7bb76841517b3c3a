// tracer/handlers.h — --handler: users' syscall handlers inside the tracee.
//
// A handler library (tracer/include/lzptrace/handler.h) is loaded by the
// dynamic loader as one more LD_AUDIT module after the interposer; its
// la_version makes the registration syscall (LZPTRACE_REGISTER_SYSCALL),
// which the interposer answers itself: it checks the descriptor's ABI
// version, keeps it, and adds its syscall set to one 512-bit union. At every
// syscall, a test of that union is all a call no handler wants costs. A
// wanted call runs the handlers' on_enter in --handler order (before it is
// captured, so the trace shows what runs); changed arguments and numbers
// are put back at exit, after the record, as the kernel would have left the
// registers. The handlers' notes become a capture chunk of the call's
// record (proto::kHandlerNote).
#pragma once

#include <cstdint>

#include "tracer/hooks.h"

namespace lzp {

extern uint64_t g_handler_wanted[8];  // union of the handlers' sets (and exit_group for on_process_exit)

inline bool HandlersWant(uint64_t nr) { return nr < 512 && (g_handler_wanted[nr >> 6] >> (nr & 63)) & 1; }

// LZPTRACE_REGISTER_SYSCALL: the descriptor at `descriptor`; the result for the caller.
long RegisterHandler(ThreadState* ts, uint64_t descriptor);
// At entry (HandlersWant): true (f->rax holds the answer) if a handler blocked the call.
bool RunHandlersAtEntry(ThreadState* ts, EntryFrame* f, uint32_t level);
// At exit, before capture and record: on_exit, and the note's chunk.
void RunHandlersAtExit(ThreadState* ts, EntryFrame* f, uint32_t level);
// At exit, after the record: the application's number and arguments back.
void RestoreHandledCall(ThreadState* ts, EntryFrame* f, uint32_t level);
// signals.cc: a fault inside a handler; says which handler and which call.
void ReportHandlerCrash(ThreadState* ts, int sig);

// syscall_hooks.cc: does the interposer act around syscall nr itself?
bool InterposerFollows(uint64_t nr);

}  // namespace lzp
