// tracer/eager_rewrite.cc — see eager_rewrite.h.
//
// In hybrid mode a syscall site is rewritten to `call *%rax` at its first
// execution, which arrives as a SIGSYS (tracer/sud.cc) — and, with the ptrace
// companion, as a ptrace signal-delivery stop too. A short-lived process
// (every exec in a shell loop, make) meets most of its sites for the first
// time, so it pays that cost for nearly every call. Other processes of the
// same run have met the same sites in the same files already.
//
// Finding sites: the kernel names them. A SIGSYS from dispatch means a
// `syscall` instruction was executed at rip - 2, so that offset of that file
// holds an instruction, not a 0f 05 pair inside another instruction or in
// data. LearnSite publishes (build-id hash, offset from the load base) in
// the shared LearnedSites table. No disassembly, no guessing: an offset is
// trusted only once the CPU itself ran a syscall there, and it is then
// exactly what the lazy rewrite would have rewritten in that process.
//
// Using them: the loader tells us of each object it maps (la_objopen, below:
// the program and ld.so right after our constructor, then every library,
// dlopen included). NoteObject reads the object's build-id from its PT_NOTE
// segments, remembers its code segments (for LearnSite), and rewrites the
// learned sites that fall in them with the rules of the lazy rewrite
// (RewriteSitesIn: the bytes must still be 0f 05; atomic replacement or one
// thread). The pages' protections are the segment's p_flags: the loader (or
// the kernel) has just mapped them so. Pages a code segment shares with
// another segment are left alone, as their protections may differ.
//
// Everything here runs inside the loader (its lock held) or in the SIGSYS
// handler: no libc, bounded loops, fixed tables.
#include "tracer/eager_rewrite.h"

#include <link.h>
#include <sys/mman.h>

#include "tracer/process.h"
#include "tracer/safe_copy.h"
#include "tracer/zpoline.h"

namespace lzp {
namespace {

constexpr uint64_t kPage = 4096;
constexpr int kMaxHeaders = 64;
constexpr int kMaxSegments = 256;
constexpr int kMaxSitesPerSegment = 512;

struct CodeSegment {
  uint64_t start, end;  // the pages we may rewrite in
  uint64_t bias;        // the object's load bias: offsets count from it
  uint64_t object;      // build-id hash (0: forgotten)
  int prot;
  uint32_t cookie;
};

CodeSegment g_segments[kMaxSegments];
uint32_t g_segment_count = 0;  // published with release after the entries
uint32_t g_next_cookie = 1;

uint64_t PageDown(uint64_t a) { return a & ~(kPage - 1); }
uint64_t PageUp(uint64_t a) { return (a + kPage - 1) & ~(kPage - 1); }

// A hash of the object's GNU build-id note, or 0 if it has none.
uint64_t BuildIdHash(uint64_t bias, const Elf64_Phdr* phdr, int phnum) {
  for (int i = 0; i < phnum; ++i) {
    if (phdr[i].p_type != PT_NOTE) continue;
    uint8_t notes[1024];
    uint64_t size = phdr[i].p_filesz < sizeof(notes) ? phdr[i].p_filesz : sizeof(notes);
    if (!CopyFromApp(notes, bias + phdr[i].p_vaddr, size)) continue;
    for (uint64_t at = 0; at + sizeof(Elf64_Nhdr) <= size;) {
      const auto* note = reinterpret_cast<const Elf64_Nhdr*>(notes + at);
      uint64_t name_at = at + sizeof(Elf64_Nhdr);
      uint64_t desc_at = name_at + ((uint64_t{note->n_namesz} + 3) & ~uint64_t{3});
      uint64_t next = desc_at + ((uint64_t{note->n_descsz} + 3) & ~uint64_t{3});
      if (next > size) break;
      if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 && notes[name_at] == 'G' &&
          notes[name_at + 1] == 'N' && notes[name_at + 2] == 'U' && notes[name_at + 3] == 0 && note->n_descsz >= 8) {
        uint64_t h = proto::Fnv1a(notes + desc_at, note->n_descsz);
        return h != 0 ? h : 1;
      }
      at = next;
    }
  }
  return 0;
}

// The pages of code segment `seg` that no other loaded segment touches.
void OwnPages(const Elf64_Phdr* phdr, int phnum, int seg, uint64_t bias, uint64_t* start, uint64_t* end) {
  *start = PageDown(bias + phdr[seg].p_vaddr);
  *end = PageUp(bias + phdr[seg].p_vaddr + phdr[seg].p_memsz);
  for (int i = 0; i < phnum; ++i) {
    if (i == seg || phdr[i].p_type != PT_LOAD || phdr[i].p_memsz == 0) continue;
    uint64_t other_start = PageDown(bias + phdr[i].p_vaddr), other_end = PageUp(bias + phdr[i].p_vaddr + phdr[i].p_memsz);
    if (other_end <= *start || other_start >= *end) continue;
    if (other_start <= *start) *start = other_end < *end ? other_end : *end;
    if (other_end >= *end) *end = other_start > *start ? other_start : *start;
  }
}

// Rewrites the sites learned for `seg` (its whole pages known).
void RewriteLearned(const CodeSegment& seg) {
  proto::LearnedSites* table = g_process.learned_sites;
  uint32_t claimed = table->next.load(std::memory_order_acquire);
  uint32_t n = claimed < proto::kLearnedSiteCount ? claimed : proto::kLearnedSiteCount;
  uint64_t sites[kMaxSitesPerSegment];
  int count = 0;
  uint64_t low = ~uint64_t{0}, high = 0;
  for (uint32_t i = 0; i < n && count < kMaxSitesPerSegment; ++i) {
    if (table->sites[i].object.load(std::memory_order_acquire) != seg.object) continue;
    uint64_t site = seg.bias + table->sites[i].offset;
    if (site < seg.start || site + 2 > seg.end || site < seg.bias) continue;
    sites[count++] = site;
    if (site < low) low = site;
    if (site + 2 > high) high = site + 2;
  }
  if (count != 0) RewriteSitesIn(PageDown(low), PageUp(high), seg.prot, sites, count);
}

}  // namespace

uint32_t NoteObject(uint64_t bias, const Elf64_Phdr* phdr, int phnum) {
  if (g_process.learned_sites == nullptr) return 0;
  uint64_t object = BuildIdHash(bias, phdr, phnum);
  if (object == 0) return 0;
  uint32_t cookie = g_next_cookie++;
  uint32_t count = __atomic_load_n(&g_segment_count, __ATOMIC_RELAXED);
  for (int i = 0; i < phnum; ++i) {
    if (phdr[i].p_type != PT_LOAD || !(phdr[i].p_flags & PF_X) || count == kMaxSegments) continue;
    CodeSegment& seg = g_segments[count];
    OwnPages(phdr, phnum, i, bias, &seg.start, &seg.end);
    if (seg.start >= seg.end) continue;
    seg.bias = bias;
    seg.object = object;
    seg.prot = PROT_EXEC | (phdr[i].p_flags & PF_R ? PROT_READ : 0) | (phdr[i].p_flags & PF_W ? PROT_WRITE : 0);
    seg.cookie = cookie;
    RewriteLearned(seg);
    __atomic_store_n(&g_segment_count, ++count, __ATOMIC_RELEASE);
  }
  return cookie;
}

void ForgetObject(uint32_t cookie) {
  if (cookie == 0) return;
  uint32_t count = __atomic_load_n(&g_segment_count, __ATOMIC_ACQUIRE);
  for (uint32_t i = 0; i < count; ++i)
    if (g_segments[i].cookie == cookie) __atomic_store_n(&g_segments[i].object, 0, __ATOMIC_RELEASE);
}

void LearnSite(uint64_t site) {
  proto::LearnedSites* table = g_process.learned_sites;
  if (table == nullptr) return;
  uint32_t count = __atomic_load_n(&g_segment_count, __ATOMIC_ACQUIRE);
  for (uint32_t i = 0; i < count; ++i) {
    const CodeSegment& seg = g_segments[i];
    uint64_t object = __atomic_load_n(&seg.object, __ATOMIC_ACQUIRE);
    if (object == 0 || site < seg.start || site + 2 > seg.end) continue;
    uint64_t offset = site - seg.bias;
    uint32_t claimed = table->next.load(std::memory_order_acquire);
    uint32_t n = claimed < proto::kLearnedSiteCount ? claimed : proto::kLearnedSiteCount;
    for (uint32_t j = 0; j < n; ++j)
      if (table->sites[j].object.load(std::memory_order_acquire) == object && table->sites[j].offset == offset) return;
    uint32_t slot = table->next.fetch_add(1, std::memory_order_acq_rel);
    if (slot >= proto::kLearnedSiteCount) return;  // full: nothing more is learned
    table->sites[slot].offset = offset;
    table->sites[slot].object.store(object, std::memory_order_release);
    return;
  }
}

namespace {

// Copies the program headers of the object the loader describes by `map`:
// the program's from the auxiliary vector, any other's from its ELF header,
// which its first PT_LOAD (file offset 0) maps at the load bias.
int ReadHeaders(const link_map* map, Elf64_Phdr* out, uint64_t* bias) {
  bool program = map->l_name == nullptr || map->l_name[0] == '\0';
  uint64_t at, phnum;
  if (program && g_process.main_phdr != 0) {
    at = g_process.main_phdr;
    phnum = g_process.main_phnum;
  } else {
    Elf64_Ehdr eh;
    if (map->l_addr == 0 || !CopyFromApp(&eh, map->l_addr, sizeof(eh))) return 0;
    if (eh.e_ident[0] != 0x7f || eh.e_ident[1] != 'E' || eh.e_ident[2] != 'L' || eh.e_ident[3] != 'F' ||
        eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_phentsize != sizeof(Elf64_Phdr))
      return 0;
    at = map->l_addr + eh.e_phoff;
    phnum = eh.e_phnum;
  }
  if (phnum == 0 || phnum > kMaxHeaders || !CopyFromApp(out, at, phnum * sizeof(Elf64_Phdr))) return 0;
  *bias = map->l_addr;
  bool found_first_load = false;
  for (uint64_t i = 0; i < phnum; ++i) {
    if (program && out[i].p_type == PT_PHDR) *bias = at - out[i].p_vaddr;
    if (!program && out[i].p_type == PT_LOAD && !found_first_load) {
      found_first_load = true;
      if (out[i].p_offset != 0 || out[i].p_vaddr != 0) return 0;  // the header is not at the bias
    }
  }
  return static_cast<int>(phnum);
}

}  // namespace

// The program's load bias comes from its PT_PHDR if it has one; a static
// program often has none, and then from its ELF header, which linkers put
// right before the program headers (e_phoff == sizeof(Elf64_Ehdr)), in the
// PT_LOAD that maps file offset 0.
void NoteProgramWithoutLoader() {
  if (!g_process.active || g_process.learned_sites == nullptr || g_process.main_phdr == 0) return;
  Elf64_Phdr phdr[kMaxHeaders];
  const uint64_t at = g_process.main_phdr, phnum = g_process.main_phnum;
  if (phnum == 0 || phnum > kMaxHeaders || !CopyFromApp(phdr, at, phnum * sizeof(Elf64_Phdr))) return;
  uint64_t bias = 0;
  bool found = false;
  for (uint64_t i = 0; i < phnum && !found; ++i)
    if (phdr[i].p_type == PT_PHDR) bias = at - phdr[i].p_vaddr, found = true;
  if (!found) {
    Elf64_Ehdr eh;
    const uint64_t head = at - sizeof(Elf64_Ehdr);
    if (!CopyFromApp(&eh, head, sizeof(eh)) || eh.e_ident[0] != 0x7f || eh.e_ident[1] != 'E' || eh.e_ident[2] != 'L' ||
        eh.e_ident[3] != 'F' || eh.e_phoff != sizeof(Elf64_Ehdr))
      return;
    for (uint64_t i = 0; i < phnum && !found; ++i)
      if (phdr[i].p_type == PT_LOAD && phdr[i].p_offset == 0) bias = head - phdr[i].p_vaddr, found = true;
    if (!found) return;
  }
  NoteObject(bias, phdr, static_cast<int>(phnum));
}

// The loader's audit interface (see init.cc's la_version): called for every
// object mapped in any namespace. The cookie is ours to keep: what
// ForgetObject needs at la_objclose.
extern "C" __attribute__((visibility("default"))) unsigned int la_objopen(struct link_map* map, Lmid_t, uintptr_t* cookie) {
  *cookie = 0;
  if (!g_process.active || g_process.learned_sites == nullptr) return 0;
  Elf64_Phdr phdr[kMaxHeaders];
  uint64_t bias = 0;
  int phnum = ReadHeaders(map, phdr, &bias);
  if (phnum > 0) *cookie = NoteObject(bias, phdr, phnum);
  return 0;
}

extern "C" __attribute__((visibility("default"))) unsigned int la_objclose(uintptr_t* cookie) {
  ForgetObject(static_cast<uint32_t>(*cookie));
  return 0;
}

}  // namespace lzp
