// tracer/elf_probe.h — can a program be traced by an LD_AUDIT interposer? Header-only and
// libc-free, shared by the interposer (at execve) and the CLI (at launch).
//
// A statically linked ELF has no PT_INTERP: the dynamic loader never runs,
// so LD_AUDIT is ignored. Scripts (#!) are fine: their interpreter is
// what runs. The caller reads the first 4 KiB of the file and, for
// setuid/setgid, compares the file's owner with the credentials it runs as.
#pragma once

#include <elf.h>

#include <cstdint>

namespace lzp {

enum class Traceability { kTraceable, kStatic, kUnknown };

// `head` holds the first `size` bytes of the file.
inline Traceability ProbeElf(const uint8_t* head, uint64_t size) {
  if (size < sizeof(Elf64_Ehdr) || head[0] != 0x7f || head[1] != 'E' || head[2] != 'L' || head[3] != 'F')
    return Traceability::kUnknown;  // not ELF (a script, or unreadable): assume it is run by something traceable
  const auto* eh = reinterpret_cast<const Elf64_Ehdr*>(head);
  if (eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_phentsize != sizeof(Elf64_Phdr)) return Traceability::kUnknown;
  if (eh->e_phoff > size || eh->e_phnum > (size - eh->e_phoff) / sizeof(Elf64_Phdr)) return Traceability::kUnknown;
  const auto* ph = reinterpret_cast<const Elf64_Phdr*>(head + eh->e_phoff);
  for (int i = 0; i < eh->e_phnum; ++i)
    if (ph[i].p_type == PT_INTERP) return Traceability::kTraceable;
  return Traceability::kStatic;
}

}  // namespace lzp
