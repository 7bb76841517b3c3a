// cli/options/inject_rule.h — parses -e inject=/fault= as strace 6.1 does.
//
// inject=SET:TOKEN[:TOKEN...] with error=E | retval=V, signal=S,
// delay_enter=D, delay_exit=D, when=W, syscall=NAME (one of the calls
// without side effects strace allows, made instead of the original when
// error= or retval= answers it) and poke_enter=/poke_exit=@argN=HEX[,...]
// (bytes written where argument N points, at entry or exit);
// fault=SET[:error=E][:when=W][:syscall=NAME], error defaulting to ENOSYS.
// The rules are carried out in the tracees (tracer/inject.h).
#pragma once

#include <string>
#include <string_view>

#include "cli/options/filter.h"

namespace lzp::cli {

// Adds one rule to f->injections; false with strace's message
// ("invalid inject argument '...'") in *error.
bool ApplyInjection(std::string_view qualifier, std::string_view value, Filters* f, std::string* error);

}  // namespace lzp::cli
