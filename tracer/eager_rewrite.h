// tracer/eager_rewrite.h — rewriting syscall sites before they first run,
// from the sites other traced processes met (proto::LearnedSites).
#pragma once

#include <elf.h>

#include <cstdint>

namespace lzp {

// An object (the program, ld.so, a library) mapped at load bias `bias` with
// program headers `phdr` (a copy): remembers its code segments under its
// build-id, then rewrites the sites learned for that build-id. Returns a
// cookie for ForgetObject (0: not remembered).
uint32_t NoteObject(uint64_t bias, const Elf64_Phdr* phdr, int phnum);

// A program no loader started (a static image the companion started us in,
// cli/injector/): no la_objopen comes, so the program is noted from the
// auxiliary vector's AT_PHDR instead.
void NoteProgramWithoutLoader();

// The object NoteObject returned `cookie` for is being unmapped (dlclose).
void ForgetObject(uint32_t cookie);

// The kernel trapped a syscall at `site` (SIGSYS from dispatch): if it is in
// a remembered object, publish it for the other processes.
void LearnSite(uint64_t site);

}  // namespace lzp
