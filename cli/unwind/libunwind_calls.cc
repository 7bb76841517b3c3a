// cli/unwind/libunwind_calls.cc — see libunwind_calls.h.
#include "cli/unwind/libunwind_calls.h"

#include "cli/load/on_demand_library.h"

namespace lzp::cli {
namespace {

constexpr char kLibrary[] = "libunwind-x86_64.so.8";  // libunwind8's (libunwind-dev depends on it)

const LibunwindCalls* Load() {
  static LibunwindCalls calls;
  void* library = OpenOnDemand(kLibrary);
  bool ok = library != nullptr && FindFunction(library, "_Ux86_64_create_addr_space", &calls.create_addr_space) &&
            FindFunction(library, "_Ux86_64_destroy_addr_space", &calls.destroy_addr_space) &&
            FindFunction(library, "_Ux86_64_set_caching_policy", &calls.set_caching_policy) &&
            FindFunction(library, "_Ux86_64_init_remote", &calls.init_remote) &&
            FindFunction(library, "_Ux86_64_get_reg", &calls.get_reg) &&
            FindFunction(library, "_Ux86_64_step", &calls.step) &&
            FindFunction(library, "_Ux86_64_dwarf_search_unwind_table", &calls.dwarf_search_unwind_table);
  if (ok) return &calls;
  SayNotLoaded(kLibrary, "-k");
  return nullptr;
}

}  // namespace

const LibunwindCalls* Libunwind() {
  static const LibunwindCalls* const calls = Load();
  return calls;
}

}  // namespace lzp::cli
