// tracer/memory_map.cc — see memory_map.h.
//
// ProtectionAt reads /proc/self/maps in 2 KiB chunks into a stack buffer and
// parses the "start-end perms" prefix of each line.
#include "tracer/memory_map.h"

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

// Parses "start-end rwxp" at the beginning of `line`; false if malformed.
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

}  // namespace

int ProtectionAt(uint64_t addr) {
  long fd = Sys(SYS_openat, AT_FDCWD, "/proc/self/maps", O_RDONLY | O_CLOEXEC);
  if (IsError(fd)) return -1;
  char buf[2048];
  int have = 0, result = -1;
  bool done = false;
  while (!done) {
    long n = Sys(SYS_read, fd, buf + have, sizeof(buf) - have);
    if (n <= 0) { done = true; if (have == 0) break; n = 0; }
    have += static_cast<int>(n);
    int line_start = 0;
    for (int i = 0; i < have; ++i) {
      if (buf[i] != '\n') continue;
      uint64_t s, e;
      int prot;
      if (ParseMapsLine(buf + line_start, i - line_start, &s, &e, &prot) && addr >= s && addr < e) {
        result = prot;
        done = true;
        break;
      }
      line_start = i + 1;
    }
    if (done) break;
    if (line_start == 0 && have == static_cast<int>(sizeof(buf))) line_start = have;  // absurd line: drop it
    for (int i = line_start; i < have; ++i) buf[i - line_start] = buf[i];
    have -= line_start;
  }
  Sys(SYS_close, fd);
  return result;
}

}  // namespace lzp
