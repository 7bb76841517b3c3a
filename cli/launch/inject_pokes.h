// cli/launch/inject_pokes.h — the pokes of -e inject= rules, laid out for the
// tracees (proto::InjectPokes).
//
// Each poke becomes an entry naming its rule, its argument and whether it is
// made at entry or exit, with its bytes in the table's data area. Byte 0 of
// that area is a NUL: a syscall whose name is not needed names it. For every
// syscall a rule with pokes names, the table also carries its argument count
// and name, so that a tracee can refuse, in strace's words, a poke at an
// argument the syscall does not have. With --handler, every syscall's name is
// there (a crashing handler is reported with the call it handled).
#pragma once

#include <vector>

#include "cli/options/filter.h"
#include "tracer/protocol.h"

namespace lzp::cli {

// `out` starts zeroed; the rules fit (inject_rule.cc kept their data within
// budget). `all_names`: every syscall's name, for --handler's messages.
void WriteInjectPokes(const std::vector<InjectRule>& rules, bool all_names, proto::InjectPokes* out);

}  // namespace lzp::cli
