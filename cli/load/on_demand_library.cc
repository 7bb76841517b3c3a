// cli/load/on_demand_library.cc — see on_demand_library.h.
#include "cli/load/on_demand_library.h"

#include <cstdio>

namespace lzp::cli {

void* OpenOnDemand(const char* library) { return dlopen(library, RTLD_NOW | RTLD_LOCAL); }

void SayNotLoaded(const char* library, const char* feature) {
  const char* why = dlerror();
  std::fprintf(stderr, "lzptrace: %s: cannot load %s: %s\n", feature, library, why ? why : "a function is missing");
}

}  // namespace lzp::cli
