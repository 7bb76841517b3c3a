// cli/injector/interposer_image.h — the interposer library as the injector
// maps it into a process the dynamic loader never starts (a static program).
//
// The file is read once, in the CLI, and reduced to what a loader does with
// it: the PT_LOAD segments (where, how much of the file, with which
// protection), the GNU_RELRO range made read-only after relocation, the
// relocations as (offset, value relative to the load base) pairs, and the
// constructors of DT_INIT_ARRAY (relative to the base), and the entry points
// an attach calls (tracer/detach_plan.h), from the dynamic symbols. The interposer is
// freestanding and linked -z now, so its relocations are RELATIVE ones and
// GLOB_DAT/64 to symbols it defines itself; anything else (an undefined
// symbol, a TLS relocation) makes the image unusable, said in `why`.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lzp::cli::injector {

struct Segment {
  uint64_t vaddr, file_offset, file_size, mem_size;
  int prot;  // PROT_READ | PROT_WRITE | PROT_EXEC
};

struct Relocation {
  uint64_t offset;          // where, relative to the base
  uint64_t value;           // what, relative to the base (the base is added)
};

struct InterposerImage {
  std::vector<Segment> segments;  // in address order
  uint64_t span = 0;              // the whole extent, page-rounded
  uint64_t relro_start = 0, relro_end = 0;  // page-rounded; empty if none
  std::vector<Relocation> relocations;
  std::vector<uint64_t> constructors;  // DT_INIT_ARRAY entries, relative to the base
  uint64_t attach_thread = 0, detach = 0;  // lzp_attach_thread, lzp_detach, relative to the base (0: absent)
};

// Reads and checks `path`; false with the reason in `why`.
bool LoadInterposerImage(const std::string& path, InterposerImage* image, std::string* why);

}  // namespace lzp::cli::injector
