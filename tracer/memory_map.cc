// tracer/memory_map.cc — see memory_map.h.
//
// ProtectionAt asks the kernel for the one mapping that holds the address
// (the PROCMAP_QUERY ioctl on /proc/self/maps, Linux 6.11 and later: the
// mapping's start, end and VM_READ/WRITE/EXEC bits, without formatting the
// whole map as text). On an older kernel (ENOTTY, EINVAL) it reads
// /proc/self/maps in 2 KiB chunks into a stack buffer and parses the
// "start-end perms" prefix of each line. Both report the same bits: the
// ioctl's flags and the text's "rwx" are the mapping's VM_READ, VM_WRITE and
// VM_EXEC. The ioctl was ~5x cheaper than reading the text (~20 against
// ~100 us with /bin/true's ~30 mappings) and each first-met syscall site pays
// one or two of them (docs/performance.md, "Start-up (session 5)").
#include "tracer/memory_map.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/syscall.h>

#include "tracer/raw_syscall.h"

namespace lzp {
namespace {

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

bool ParseMapsLine(const char* line, int len, uint64_t* start, uint64_t* end, int* prot) {
  int i = 0;
  uint64_t v = 0;
  for (; i < len && HexDigit(line[i]) >= 0; ++i) v = v * 16 + HexDigit(line[i]);
  if (i >= len || line[i] != '-') return false;
  *start = v;
  v = 0;
  for (++i; i < len && HexDigit(line[i]) >= 0; ++i) v = v * 16 + HexDigit(line[i]);
  if (i + 4 >= len || line[i] != ' ') return false;
  *end = v;
  *prot = (line[i + 1] == 'r' ? PROT_READ : 0) | (line[i + 2] == 'w' ? PROT_WRITE : 0) |
          (line[i + 3] == 'x' ? PROT_EXEC : 0);
  return true;
}

bool ScanMapsLines(long fd, bool (*line)(const char* text, int length, void* context), void* context) {
  char buf[2048];
  int have = 0;
  for (;;) {
    long n = Sys(SYS_read, fd, buf + have, sizeof(buf) - have);
    if (n <= 0) return false;  // (a last line without its newline: /proc never writes one)
    have += static_cast<int>(n);
    int line_start = 0;
    for (int i = 0; i < have; ++i) {
      if (buf[i] != '\n') continue;
      if (line(buf + line_start, i - line_start, context)) return true;
      line_start = i + 1;
    }
    if (line_start == 0 && have == static_cast<int>(sizeof(buf))) line_start = have;  // absurd line: drop it
    for (int i = line_start; i < have; ++i) buf[i - line_start] = buf[i];
    have -= line_start;
  }
}

namespace {

// The kernel's struct procmap_query (include/uapi/linux/fs.h, Linux 6.11);
// Debian 12's headers predate it.
struct ProcmapQuery {
  uint64_t size;         // in: sizeof(ProcmapQuery)
  uint64_t query_flags;  // in: 0, the mapping that covers query_addr
  uint64_t query_addr;   // in
  uint64_t vma_start, vma_end;  // out
  uint64_t vma_flags;    // out: kVmaReadable | kVmaWritable | kVmaExecutable | shared
  uint64_t vma_page_size, vma_offset, inode;
  uint32_t dev_major, dev_minor;
  uint32_t vma_name_size, build_id_size;  // in: 0, neither is asked for
  uint64_t vma_name_addr, build_id_addr;
};
static_assert(sizeof(ProcmapQuery) == 104);
constexpr unsigned long kProcmapQuery = (3ul << 30) | (sizeof(ProcmapQuery) << 16) | ('f' << 8) | 17;  // _IOWR('f', 17, ...)
constexpr uint64_t kVmaReadable = 1, kVmaWritable = 2, kVmaExecutable = 4;

// 1: answered (*prot set, -1 if nothing is mapped there); 0: no such ioctl here.
int QueryProtection(long fd, uint64_t addr, int* prot) {
  ProcmapQuery q{};
  q.size = sizeof(q);
  q.query_addr = addr;
  long r = Sys(SYS_ioctl, fd, kProcmapQuery, &q);
  if (r == -ENOENT) { *prot = -1; return 1; }
  if (IsError(r) || addr < q.vma_start || addr >= q.vma_end) return 0;
  *prot = ((q.vma_flags & kVmaReadable) ? PROT_READ : 0) | ((q.vma_flags & kVmaWritable) ? PROT_WRITE : 0) |
          ((q.vma_flags & kVmaExecutable) ? PROT_EXEC : 0);
  return 1;
}

// The protections of the line of /proc/self/maps (open at `fd`, read from
// its start) that holds `addr`, or -1.
int ProtectionFromText(long fd, uint64_t addr) {
  struct Query { uint64_t addr; int prot; } query = {addr, -1};
  ScanMapsLines(fd, [](const char* text, int length, void* context) {
    auto* q = static_cast<Query*>(context);
    uint64_t start, end;
    int prot;
    if (!ParseMapsLine(text, length, &start, &end, &prot) || q->addr < start || q->addr >= end) return false;
    q->prot = prot;
    return true;
  }, &query);
  return query.prot;
}

int Protection(uint64_t addr, bool text_only) {
  long fd = Sys(SYS_openat, AT_FDCWD, "/proc/self/maps", O_RDONLY | O_CLOEXEC);
  if (IsError(fd)) return -1;
  int result;
  if (text_only || !QueryProtection(fd, addr, &result)) result = ProtectionFromText(fd, addr);
  Sys(SYS_close, fd);
  return result;
}

}  // namespace

int ProtectionAt(uint64_t addr) { return Protection(addr, false); }

int ProtectionAtFromText(uint64_t addr) { return Protection(addr, true); }

}  // namespace lzp
