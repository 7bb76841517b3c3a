// tracer/inject.h — strace's -e inject= and -e fault=, done in the tracee.
//
// At each syscall's entry the rules the CLI wrote (protocol.h InjectPlan)
// are checked against a per-process count of that syscall; a matching rule
// may delay the call, answer it with an error or a value without running it,
// and send a signal after it. No ptrace stop is involved, so injection costs
// nanoseconds, not microseconds.
#pragma once

#include "tracer/hooks.h"
#include "tracer/protocol.h"

namespace lzp {

void LoadInjectPlan(const proto::InjectPlan* plan);
// At entry: true (and f->rax set) if the syscall must not run.
bool InjectAtEntry(ThreadState* ts, EntryFrame* f);
// At exit, for a call InjectAtEntry matched.
void InjectAtExit(ThreadState* ts, EntryFrame* f);

}  // namespace lzp
