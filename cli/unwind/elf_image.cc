// cli/unwind/elf_image.cc — see elf_image.h.
//
// Parse reads the ELF header, the program headers (PT_LOAD for the address
// space, PT_GNU_EH_FRAME for the unwind table) and the section headers
// (SHT_SYMTAB and SHT_DYNSYM for names). Everything is read with Get<T>,
// which refuses to read past the end of the file.
#include "cli/unwind/elf_image.h"

#include <elf.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace lzp::cli {
namespace {

constexpr uint64_t kPage = 4096;
constexpr uint8_t kEhPeUdata4 = 0x03, kEhPeSdata4 = 0x0b, kEhPeDatarelSdata4 = 0x3b;

}  // namespace

std::shared_ptr<const ElfImage> ElfImage::Open(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat st;
  std::shared_ptr<ElfImage> image(new ElfImage());
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= static_cast<off_t>(sizeof(Elf64_Ehdr))) {
    void* map = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    if (map != MAP_FAILED) {
      image->bytes_ = static_cast<const uint8_t*>(map);
      image->size_ = static_cast<uint64_t>(st.st_size);
    }
  }
  close(fd);
  if (image->bytes_ == nullptr || !image->Parse()) return nullptr;
  return image;
}

ElfImage::~ElfImage() {
  if (bytes_ != nullptr) munmap(const_cast<uint8_t*>(bytes_), size_);
}

template <typename T>
static bool Get(const uint8_t* bytes, uint64_t size, uint64_t offset, T* out) {
  if (offset > size || sizeof(T) > size - offset) return false;
  std::memcpy(out, bytes + offset, sizeof(T));
  return true;
}

bool ElfImage::Parse() {
  Elf64_Ehdr eh;
  if (!Get(bytes_, size_, 0, &eh) || std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 ||
      eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_machine != EM_X86_64 || eh.e_phentsize != sizeof(Elf64_Phdr))
    return false;
  std::optional<std::pair<uint64_t, uint64_t>> eh_frame;
  for (uint64_t i = 0; i < eh.e_phnum; ++i) {
    Elf64_Phdr ph;
    if (!Get(bytes_, size_, eh.e_phoff + i * sizeof(ph), &ph)) return false;
    if (ph.p_type == PT_LOAD) {
      bool exec = ph.p_flags & PF_X;
      segments_.push_back({ph.p_vaddr, ph.p_memsz, ph.p_offset, ph.p_filesz, exec});
      if (exec) {
        if (text_end_ == 0 || ph.p_vaddr < text_start_) text_start_ = ph.p_vaddr;
        text_end_ = std::max(text_end_, ph.p_vaddr + ph.p_memsz);
      }
    } else if (ph.p_type == PT_GNU_EH_FRAME) {
      eh_frame = {ph.p_vaddr, ph.p_memsz};
    }
  }
  if (segments_.empty()) return false;
  if (eh_frame) ParseEhFrameHdr(eh_frame->first, eh_frame->second);
  if (eh.e_shentsize == sizeof(Elf64_Shdr))
    for (uint64_t i = 0; i < eh.e_shnum; ++i) ReadSymbols(i);
  std::sort(functions_.begin(), functions_.end(),
            [](const FunctionSymbol& a, const FunctionSymbol& b) { return a.vaddr != b.vaddr ? a.vaddr < b.vaddr : a.order < b.order; });
  return true;
}

// .eh_frame_hdr: version 1, three encodings, eh_frame_ptr, fde_count, then
// the table of (initial location, FDE address) pairs libunwind bisects.
void ElfImage::ParseEhFrameHdr(uint64_t vaddr, uint64_t size) {
  uint8_t head[12];
  if (size < sizeof(head) || !Read(vaddr, head, sizeof(head))) return;
  uint8_t version = head[0], ptr_enc = head[1], count_enc = head[2], table_enc = head[3];
  bool four_byte_pointer = (ptr_enc & 0x0f) == kEhPeUdata4 || (ptr_enc & 0x0f) == kEhPeSdata4;
  if (version != 1 || table_enc != kEhPeDatarelSdata4 || !four_byte_pointer) return;
  if (count_enc != kEhPeUdata4 && count_enc != kEhPeSdata4) return;
  uint32_t count;
  std::memcpy(&count, head + 8, 4);
  if (static_cast<uint64_t>(count) * 8 > size - sizeof(head)) return;
  eh_frame_hdr_ = EhFrameHdr{vaddr, vaddr + sizeof(head), count};
}

void ElfImage::ReadSymbols(uint64_t section_index) {
  Elf64_Ehdr eh;
  Elf64_Shdr sh, strings;
  if (!Get(bytes_, size_, 0, &eh) || !Get(bytes_, size_, eh.e_shoff + section_index * sizeof(sh), &sh)) return;
  if ((sh.sh_type != SHT_SYMTAB && sh.sh_type != SHT_DYNSYM) || sh.sh_entsize != sizeof(Elf64_Sym)) return;
  if (!Get(bytes_, size_, eh.e_shoff + uint64_t{sh.sh_link} * sizeof(strings), &strings)) return;
  if (strings.sh_offset > size_ || strings.sh_size > size_ - strings.sh_offset) return;
  const char* names = reinterpret_cast<const char*>(bytes_ + strings.sh_offset);
  uint64_t count = sh.sh_size / sizeof(Elf64_Sym);
  for (uint64_t i = 0; i < count; ++i) {
    Elf64_Sym sym;
    if (!Get(bytes_, size_, sh.sh_offset + i * sizeof(sym), &sym)) return;
    if (ELF64_ST_TYPE(sym.st_info) != STT_FUNC || sym.st_shndx == SHN_UNDEF || sym.st_name >= strings.sh_size) continue;
    const char* name = names + sym.st_name;
    size_t length = strnlen(name, strings.sh_size - sym.st_name);
    if (length == strings.sh_size - sym.st_name) continue;  // not terminated inside the table
    functions_.push_back({sym.st_value, static_cast<uint32_t>(functions_.size()), std::string_view(name, length)});
  }
}

std::optional<uint64_t> ElfImage::PageVaddrForFileOffset(uint64_t file_offset) const {
  for (const Segment& s : segments_)
    if ((s.offset & ~(kPage - 1)) <= file_offset && file_offset < s.offset + std::max(s.filesz, uint64_t{1}))
      return (s.vaddr & ~(kPage - 1)) + (file_offset - (s.offset & ~(kPage - 1)));
  return std::nullopt;
}

bool ElfImage::Read(uint64_t vaddr, void* out, uint64_t size) const {
  for (const Segment& s : segments_) {
    if (vaddr < s.vaddr || vaddr - s.vaddr > s.filesz || size > s.filesz - (vaddr - s.vaddr)) continue;
    uint64_t at = s.offset + (vaddr - s.vaddr);
    if (at > size_ || size > size_ - at) return false;
    std::memcpy(out, bytes_ + at, size);
    return true;
  }
  return false;
}

std::optional<ElfImage::Symbol> ElfImage::SymbolFor(uint64_t vaddr) const {
  auto after = std::upper_bound(functions_.begin(), functions_.end(), vaddr,
                                [](uint64_t v, const FunctionSymbol& f) { return v < f.vaddr; });
  if (after == functions_.begin()) return std::nullopt;
  uint64_t best = std::prev(after)->vaddr;
  auto first = std::lower_bound(functions_.begin(), after, best,
                                [](const FunctionSymbol& f, uint64_t v) { return f.vaddr < v; });
  return Symbol{first->name, vaddr - best};
}

}  // namespace lzp::cli
