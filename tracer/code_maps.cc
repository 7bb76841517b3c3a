// tracer/code_maps.cc — see code_maps.h.
//
// /proc/self/maps is read whole into a scratch mapping (MAP_NORESERVE: only
// the pages the text fills are ever committed), the lines whose permissions
// have 'x' and whose path starts with '/' are kept by compacting them to the
// front in place, and the result goes to the ring as one record. It runs only
// under -k: at process start and after each successful mapping change.
#include "tracer/code_maps.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/syscall.h>

#include "tracer/process.h"
#include "tracer/raw_syscall.h"
#include "tracer/record_writer.h"
#include "tracer/ring_writer.h"

namespace lzp {
namespace {

constexpr uint64_t kScratchBytes = 4 << 20;

// Is `line` ("start-end perms offset dev inode   path") executable code from a file?
bool IsFileCode(const char* line, uint64_t len) {
  uint64_t i = 0;
  while (i < len && line[i] != ' ') ++i;  // the range
  if (i + 4 >= len || line[i + 3] != 'x') return false;
  int fields = 0;  // skip perms, offset, dev, inode to the path
  for (; i < len && fields < 5; ++i)
    if (line[i] == ' ' && (i + 1 < len && line[i + 1] != ' ')) ++fields;
  return i < len && line[i] == '/';
}

}  // namespace

bool ChangesCodeMappings(uint64_t nr, const EntryFrame* f) {
  switch (nr) {
    case SYS_mmap: return (f->rdx & PROT_EXEC) != 0;
    case SYS_munmap: case SYS_mprotect: case SYS_mremap: return true;
    default: return false;
  }
}

void EmitCodeMaps(const ThreadState* ts) {
  long scratch = Sys(SYS_mmap, 0, kScratchBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (IsError(scratch)) return;
  char* text = reinterpret_cast<char*>(scratch);
  uint64_t have = 0;
  long fd = Sys(SYS_openat, AT_FDCWD, "/proc/self/maps", O_RDONLY | O_CLOEXEC);
  if (!IsError(fd)) {
    for (;;) {
      long n = Sys(SYS_read, fd, text + have, kScratchBytes - have);
      if (n <= 0) break;
      have += static_cast<uint64_t>(n);
    }
    Sys(SYS_close, fd);
  }
  uint64_t kept = 0;
  for (uint64_t start = 0; start < have;) {
    uint64_t end = start;
    while (end < have && text[end] != '\n') ++end;
    uint64_t len = end - start;
    if (IsFileCode(text + start, len) && kept + len + 1 <= proto::kCodeMapsMax) {
      for (uint64_t i = 0; i < len; ++i) text[kept + i] = text[start + i];
      text[kept + len] = '\n';
      kept += len + 1;
    }
    start = end + 1;
  }
  auto* rec = static_cast<proto::CodeMapsRecord*>(
      BeginRecord(ts, sizeof(proto::CodeMapsRecord) + kept, proto::RecordType::kCodeMaps));
  if (rec != nullptr) {
    rec->pid = ts->pid;
    rec->length = static_cast<uint32_t>(kept);
    char* out = reinterpret_cast<char*>(rec + 1);
    for (uint64_t i = 0; i < kept; ++i) out[i] = text[i];
    EndRecord(ts, rec);
  }
  Sys(SYS_munmap, scratch, kScratchBytes);
}

}  // namespace lzp
