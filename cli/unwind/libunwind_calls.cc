// cli/unwind/libunwind_calls.cc — see libunwind_calls.h.
#include "cli/unwind/libunwind_calls.h"

#include <dlfcn.h>

#include <cstdio>

namespace lzp::cli {
namespace {

constexpr char kLibrary[] = "libunwind-x86_64.so.8";  // libunwind8's (libunwind-dev depends on it)

template <typename Function>
bool Find(void* library, const char* name, Function* out) {
  *out = reinterpret_cast<Function>(dlsym(library, name));
  return *out != nullptr;
}

const LibunwindCalls* Load() {
  static LibunwindCalls calls;
  void* library = dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL);
  bool ok = library != nullptr && Find(library, "_Ux86_64_create_addr_space", &calls.create_addr_space) &&
            Find(library, "_Ux86_64_destroy_addr_space", &calls.destroy_addr_space) &&
            Find(library, "_Ux86_64_set_caching_policy", &calls.set_caching_policy) &&
            Find(library, "_Ux86_64_init_remote", &calls.init_remote) &&
            Find(library, "_Ux86_64_get_reg", &calls.get_reg) && Find(library, "_Ux86_64_step", &calls.step) &&
            Find(library, "_Ux86_64_dwarf_search_unwind_table", &calls.dwarf_search_unwind_table);
  if (ok) return &calls;
  const char* why = dlerror();
  std::fprintf(stderr, "lzptrace: -k: cannot load %s: %s\n", kLibrary, why ? why : "a function is missing");
  return nullptr;
}

}  // namespace

const LibunwindCalls* Libunwind() {
  static const LibunwindCalls* const calls = Load();
  return calls;
}

}  // namespace lzp::cli
