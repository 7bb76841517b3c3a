// cli/injector/interposer_image.cc — see interposer_image.h. Every offset
// and count read from the file is checked against the file's size before use.
#include "cli/injector/interposer_image.h"

#include <elf.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstring>

#include "tracer/detach_plan.h"

namespace lzp::cli::injector {
namespace {

constexpr uint64_t kPage = 4096;
uint64_t PageDown(uint64_t v) { return v & ~(kPage - 1); }
uint64_t PageUp(uint64_t v) { return (v + kPage - 1) & ~(kPage - 1); }

bool ReadWholeFile(const std::string& path, std::string* out) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char buf[65536];
  ssize_t n;
  while ((n = read(fd, buf, sizeof(buf))) > 0) out->append(buf, static_cast<size_t>(n));
  close(fd);
  return n == 0;
}

// The bytes [offset, offset + size) of the file, or null if they are not all in it.
const uint8_t* At(const std::string& file, uint64_t offset, uint64_t size) {
  if (offset > file.size() || size > file.size() - offset) return nullptr;
  return reinterpret_cast<const uint8_t*>(file.data()) + offset;
}

// The file offset of virtual address `vaddr` (inside a PT_LOAD's file part).
bool FileOffsetOf(const InterposerImage& image, uint64_t vaddr, uint64_t size, uint64_t* offset) {
  for (const Segment& s : image.segments)
    if (vaddr >= s.vaddr && vaddr - s.vaddr <= s.file_size && size <= s.file_size - (vaddr - s.vaddr)) {
      *offset = s.file_offset + (vaddr - s.vaddr);
      return true;
    }
  return false;
}

// The value of dynamic symbol `name` (from the SHT_DYNSYM section and its
// string table), or 0.
uint64_t DynamicSymbol(const std::string& file, const Elf64_Ehdr* eh, const char* name) {
  const auto* sh = reinterpret_cast<const Elf64_Shdr*>(At(file, eh->e_shoff, uint64_t{eh->e_shnum} * sizeof(Elf64_Shdr)));
  if (sh == nullptr || eh->e_shentsize != sizeof(Elf64_Shdr)) return 0;
  for (int i = 0; i < eh->e_shnum; ++i) {
    if (sh[i].sh_type != SHT_DYNSYM || sh[i].sh_link >= eh->e_shnum) continue;
    const auto* syms = reinterpret_cast<const Elf64_Sym*>(At(file, sh[i].sh_offset, sh[i].sh_size));
    const Elf64_Shdr& strtab = sh[sh[i].sh_link];
    const char* strings = reinterpret_cast<const char*>(At(file, strtab.sh_offset, strtab.sh_size));
    if (syms == nullptr || strings == nullptr) return 0;
    for (size_t k = 0; k < sh[i].sh_size / sizeof(Elf64_Sym); ++k)
      if (syms[k].st_name < strtab.sh_size && syms[k].st_shndx != SHN_UNDEF &&
          strnlen(strings + syms[k].st_name, strtab.sh_size - syms[k].st_name) < strtab.sh_size - syms[k].st_name &&
          std::strcmp(strings + syms[k].st_name, name) == 0)
        return syms[k].st_value;
  }
  return 0;
}

}  // namespace

bool LoadInterposerImage(const std::string& path, InterposerImage* image, std::string* why) {
  std::string file;
  if (!ReadWholeFile(path, &file)) return *why = "cannot read " + path, false;
  const auto* eh = reinterpret_cast<const Elf64_Ehdr*>(At(file, 0, sizeof(Elf64_Ehdr)));
  if (eh == nullptr || std::memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || eh->e_ident[EI_CLASS] != ELFCLASS64 ||
      eh->e_machine != EM_X86_64 || eh->e_type != ET_DYN || eh->e_phentsize != sizeof(Elf64_Phdr))
    return *why = path + " is not an x86-64 shared object", false;
  const auto* ph = reinterpret_cast<const Elf64_Phdr*>(At(file, eh->e_phoff, uint64_t{eh->e_phnum} * sizeof(Elf64_Phdr)));
  if (ph == nullptr) return *why = "bad program headers", false;
  const Elf64_Phdr* dynamic = nullptr;
  for (int i = 0; i < eh->e_phnum; ++i) {
    if (ph[i].p_type == PT_LOAD) {
      if (ph[i].p_filesz > ph[i].p_memsz || (ph[i].p_vaddr - ph[i].p_offset) % kPage != 0 ||
          At(file, ph[i].p_offset, ph[i].p_filesz) == nullptr)
        return *why = "bad PT_LOAD", false;
      int prot = ((ph[i].p_flags & PF_R) ? PROT_READ : 0) | ((ph[i].p_flags & PF_W) ? PROT_WRITE : 0) |
                 ((ph[i].p_flags & PF_X) ? PROT_EXEC : 0);
      if (!image->segments.empty() && ph[i].p_vaddr < image->segments.back().vaddr + image->segments.back().mem_size)
        return *why = "PT_LOAD segments out of order", false;
      image->segments.push_back({ph[i].p_vaddr, ph[i].p_offset, ph[i].p_filesz, ph[i].p_memsz, prot});
      image->span = PageUp(ph[i].p_vaddr + ph[i].p_memsz);
    } else if (ph[i].p_type == PT_GNU_RELRO) {
      image->relro_start = PageDown(ph[i].p_vaddr);
      image->relro_end = PageDown(ph[i].p_vaddr + ph[i].p_memsz);  // (the loader rounds its end down too)
    } else if (ph[i].p_type == PT_DYNAMIC) {
      dynamic = &ph[i];
    } else if (ph[i].p_type == PT_TLS) {
      return *why = "the interposer has thread-local storage", false;
    }
  }
  if (image->segments.empty() || image->segments.front().vaddr != 0 || dynamic == nullptr)
    return *why = "no loadable segments or no dynamic section", false;

  // The dynamic section: relocations, symbols, constructors.
  const auto* dyn = reinterpret_cast<const Elf64_Dyn*>(At(file, dynamic->p_offset, dynamic->p_filesz));
  if (dyn == nullptr) return *why = "bad dynamic section", false;
  uint64_t rela = 0, rela_size = 0, symtab = 0, init_array = 0, init_array_size = 0;
  for (size_t i = 0; i < dynamic->p_filesz / sizeof(Elf64_Dyn) && dyn[i].d_tag != DT_NULL; ++i) {
    switch (dyn[i].d_tag) {
      case DT_RELA: rela = dyn[i].d_un.d_ptr; break;
      case DT_RELASZ: rela_size = dyn[i].d_un.d_val; break;
      case DT_SYMTAB: symtab = dyn[i].d_un.d_ptr; break;
      case DT_INIT_ARRAY: init_array = dyn[i].d_un.d_ptr; break;
      case DT_INIT_ARRAYSZ: init_array_size = dyn[i].d_un.d_val; break;
      case DT_INIT:
      case DT_JMPREL:
      case DT_NEEDED: return *why = "the interposer needs a loader (DT_INIT, PLT or DT_NEEDED)", false;
      default: break;
    }
  }
  uint64_t rela_offset = 0;
  if (rela_size != 0 && !FileOffsetOf(*image, rela, rela_size, &rela_offset)) return *why = "bad DT_RELA", false;
  const auto* relocs = reinterpret_cast<const Elf64_Rela*>(At(file, rela_offset, rela_size));
  if (rela_size != 0 && relocs == nullptr) return *why = "bad DT_RELA", false;
  for (size_t i = 0; i < rela_size / sizeof(Elf64_Rela); ++i) {
    const Elf64_Rela& r = relocs[i];
    uint64_t value;
    switch (ELF64_R_TYPE(r.r_info)) {
      case R_X86_64_RELATIVE: value = static_cast<uint64_t>(r.r_addend); break;
      case R_X86_64_GLOB_DAT:
      case R_X86_64_64: {
        uint64_t sym_offset = 0;
        uint64_t index = ELF64_R_SYM(r.r_info);
        if (symtab == 0 || !FileOffsetOf(*image, symtab + index * sizeof(Elf64_Sym), sizeof(Elf64_Sym), &sym_offset))
          return *why = "bad symbol in a relocation", false;
        const auto* sym = reinterpret_cast<const Elf64_Sym*>(At(file, sym_offset, sizeof(Elf64_Sym)));
        if (sym == nullptr || sym->st_shndx == SHN_UNDEF) return *why = "the interposer has an undefined symbol", false;
        value = sym->st_value + (ELF64_R_TYPE(r.r_info) == R_X86_64_64 ? static_cast<uint64_t>(r.r_addend) : 0);
        break;
      }
      case R_X86_64_NONE: continue;
      default: return *why = "the interposer has a relocation a static injection cannot apply", false;
    }
    if (r.r_offset > image->span - 8) return *why = "a relocation outside the image", false;
    image->relocations.push_back({r.r_offset, value});
  }
  // Constructors: each DT_INIT_ARRAY word is a relocated one (or an absolute
  // value in the file, for a library linked without PIC relocations there).
  for (uint64_t at = init_array; at < init_array + init_array_size; at += 8) {
    uint64_t value = 0;
    bool found = false;
    for (const Relocation& r : image->relocations)
      if (r.offset == at) value = r.value, found = true;
    uint64_t offset = 0;
    if (!found) {
      if (!FileOffsetOf(*image, at, 8, &offset)) return *why = "bad DT_INIT_ARRAY", false;
      std::memcpy(&value, At(file, offset, 8), 8);
    }
    if (value == 0 || value >= image->span) return *why = "a constructor outside the image", false;
    image->constructors.push_back(value);
  }
  if (image->constructors.empty()) return *why = "the interposer has no constructor", false;
  image->attach_thread = DynamicSymbol(file, eh, proto::kAttachThreadSymbol);
  image->detach = DynamicSymbol(file, eh, proto::kDetachSymbol);
  if (image->attach_thread >= image->span) image->attach_thread = 0;
  if (image->detach >= image->span) image->detach = 0;
  return true;
}

}  // namespace lzp::cli::injector
