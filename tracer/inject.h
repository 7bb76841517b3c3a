// tracer/inject.h — strace's -e inject= and -e fault=, done in the tracee.
//
// At each syscall's entry the rules the CLI wrote (protocol.h InjectPlan)
// are checked against a per-process count of that syscall; as in strace,
// only the last rule naming the syscall applies. A due rule may delay the
// call, write bytes where its arguments point (poke_enter=), answer it with
// an error or a value without running it (after making the side-effect-free
// call of syscall=NAME instead), and at exit write bytes again (poke_exit=)
// and send a signal. No ptrace stop is involved, so injection costs
// nanoseconds, not microseconds.
#pragma once

#include "tracer/hooks.h"
#include "tracer/protocol.h"

namespace lzp {

void LoadInjectPlan(const proto::InjectPlan* plan, const proto::InjectPokes* pokes);
// Does any rule name syscall nr? (if not, InjectAtEntry never marks its calls)
bool InjectionNames(uint64_t nr);
// At entry, before the arguments are captured: true (and f->rax set) if the
// syscall must not run.
bool InjectAtEntry(ThreadState* ts, EntryFrame* f);
// At exit, before the call is captured and recorded, for a call
// InjectAtEntry matched: poke_exit=, delay_exit=. Returns the record flags
// the injection earned (kInjectedArgs, kDelayed).
uint32_t InjectBeforeRecord(ThreadState* ts, EntryFrame* f);
// At exit, after the record, for a call InjectAtEntry matched: signal=.
void InjectAtExit(ThreadState* ts, EntryFrame* f);

}  // namespace lzp
