// cli/handlers/handler_library.h — --handler=LIB: checking a handler library
// before the program starts, and naming it to the loader.
//
// The CLI opens the library itself (dlopen: a -nostdlib library runs no code
// when opened; its la_version runs only when a loader audits with it) and
// reads the lzptrace_handler_abi symbol LZPTRACE_HANDLER() defines: a
// library without it, or built for another ABI version, is refused with one
// line, exit 1, before anything runs. The tracees' loader then loads it as
// an LD_AUDIT module after the interposer (tracer/handlers.h).
#pragma once

#include <string>
#include <vector>

namespace lzp::cli {

// The handler ABI this lzptrace speaks (tracer/include/lzptrace/handler.h).
uint32_t SpokenHandlerAbi();

// True with the library's absolute path in *absolute; false with the message
// (without "lzptrace: ") in *error.
bool CheckHandlerLibrary(const std::string& path, std::string* absolute, std::string* error);

// LD_AUDIT's value: the interposer first, then the handlers in order.
std::string AuditLibraries(const std::string& interposer, const std::vector<std::string>& handlers);

}  // namespace lzp::cli
