// cli/unwind/elf_image.h — what -k needs from one ELF file on disk: its
// loadable segments (to read unwind tables and code by virtual address), its
// .eh_frame_hdr, and its function symbols.
//
// The file is mapped read-only and every header, table and string is
// bounds-checked against the file's size: a traced program can map any file
// it likes, so its contents are untrusted.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lzp::cli {

class ElfImage {
 public:
  // nullptr if the file cannot be opened or is not a 64-bit x86-64 ELF file.
  static std::shared_ptr<const ElfImage> Open(const std::string& path);
  ~ElfImage();
  ElfImage(const ElfImage&) = delete;
  ElfImage& operator=(const ElfImage&) = delete;

  // The virtual address (before relocation) at which the loadable segment
  // whose file contents start on the page at `file_offset` begins its page.
  // A mapping of that page at address A means the image was loaded at bias
  // A - this.
  std::optional<uint64_t> PageVaddrForFileOffset(uint64_t file_offset) const;
  // [start, end) of the executable segments, as virtual addresses.
  uint64_t text_start() const { return text_start_; }
  uint64_t text_end() const { return text_end_; }

  // Copies `size` bytes at virtual address `vaddr` from the file; false if
  // they are not all file-backed.
  bool Read(uint64_t vaddr, void* out, uint64_t size) const;

  // .eh_frame_hdr's virtual address, its binary-search table's address and
  // entry count, if the file has one in the format libunwind searches.
  struct EhFrameHdr { uint64_t vaddr, table_vaddr, fde_count; };
  const std::optional<EhFrameHdr>& eh_frame_hdr() const { return eh_frame_hdr_; }

  // The function symbol nearest at or below `vaddr` (as libunwind chooses:
  // .symtab and .dynsym, STT_FUNC, the first of equal candidates) and how far
  // `vaddr` is past it.
  struct Symbol { std::string_view name; uint64_t offset; };
  std::optional<Symbol> SymbolFor(uint64_t vaddr) const;

 private:
  ElfImage() = default;
  bool Parse();
  void ParseEhFrameHdr(uint64_t vaddr, uint64_t size);
  void ReadSymbols(uint64_t section_index);

  const uint8_t* bytes_ = nullptr;
  uint64_t size_ = 0;
  struct Segment { uint64_t vaddr, memsz, offset, filesz; bool exec; };
  std::vector<Segment> segments_;
  uint64_t text_start_ = 0, text_end_ = 0;
  std::optional<EhFrameHdr> eh_frame_hdr_;
  struct FunctionSymbol { uint64_t vaddr; uint32_t order; std::string_view name; };
  std::vector<FunctionSymbol> functions_;  // sorted by (vaddr, order)
};

}  // namespace lzp::cli
