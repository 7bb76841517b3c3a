// cli/load/on_demand_library.h — shared libraries the CLI loads only when a
// feature first needs them (dlopen), not at every start.
//
// Each shared object linked in the ordinary way is mapped and relocated at
// every start of lzptrace, used or not (docs/performance.md, "Start-up
// (session 5)"). libunwind (-k) and Zydis (making a vDSO plan when no kept
// one fits) are opened here instead, RTLD_NOW | RTLD_LOCAL, and their
// functions looked up by name into pointers typed by their headers'
// declarations (decltype), so a changed header fails the build rather
// than the call.
#pragma once

#include <dlfcn.h>

namespace lzp::cli {

// dlopen(library, RTLD_NOW | RTLD_LOCAL); null if it cannot be opened.
void* OpenOnDemand(const char* library);

// *out = the function `name` of the opened `library`; false if missing.
template <typename Function>
bool FindFunction(void* library, const char* name, Function* out) {
  *out = reinterpret_cast<Function>(dlsym(library, name));
  return *out != nullptr;
}

// Says on stderr that `library` (needed for `feature`) could not be loaded.
void SayNotLoaded(const char* library, const char* feature);

}  // namespace lzp::cli
