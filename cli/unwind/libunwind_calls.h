// cli/unwind/libunwind_calls.h — the libunwind functions -k uses, loaded when
// first needed.
//
// Linked in the ordinary way, libunwind-x86_64.so.8 and what it needs
// (libunwind.so.8, liblzma.so.5) were loaded and relocated at every start of
// lzptrace, though only -k uses them; Debian's static archives are not
// position-independent, so they cannot be linked into our PIE binary
// instead. The first caller opens the library and looks up the seven
// functions (cli/load/on_demand_library.h).
#pragma once

#include <libunwind.h>

// Exported by libunwind but not declared in its public headers.
extern "C" int _Ux86_64_dwarf_search_unwind_table(unw_addr_space_t, unw_word_t, unw_dyn_info_t*, unw_proc_info_t*, int,
                                                  void*);

namespace lzp::cli {

struct LibunwindCalls {
  decltype(&unw_create_addr_space) create_addr_space;
  decltype(&unw_destroy_addr_space) destroy_addr_space;
  decltype(&unw_set_caching_policy) set_caching_policy;
  decltype(&unw_init_remote) init_remote;
  decltype(&unw_get_reg) get_reg;
  decltype(&unw_step) step;
  decltype(&_Ux86_64_dwarf_search_unwind_table) dwarf_search_unwind_table;
};

// The functions, or null if the library or one of them could not be loaded
// (said once on stderr). Loaded once; safe from any thread.
const LibunwindCalls* Libunwind();

}  // namespace lzp::cli
