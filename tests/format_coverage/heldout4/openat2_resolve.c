// openat2: each RESOLVE_ flag, unknown resolve bits, modes without O_CREAT, sizes smaller, larger (zero and nonzero tail), bad pointers.
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/openat2.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct { struct open_how h; unsigned long long extra[2]; } b;
  memset(&b, 0, sizeof b);
  b.h.flags = O_RDONLY | O_DIRECTORY;
  b.h.resolve = RESOLVE_NO_XDEV | RESOLVE_NO_MAGICLINKS | RESOLVE_NO_SYMLINKS | RESOLVE_BENEATH | RESOLVE_IN_ROOT | RESOLVE_CACHED;
  syscall(SYS_openat2, AT_FDCWD, "/", &b.h, sizeof b.h);
  b.h.resolve = RESOLVE_BENEATH | 0x80;
  syscall(SYS_openat2, AT_FDCWD, ".", &b.h, sizeof b.h);
  b.h.resolve = 0xffffffff00000000ULL;
  syscall(SYS_openat2, AT_FDCWD, ".", &b.h, sizeof b.h);
  b.h.resolve = 0;
  b.h.mode = 0644;
  syscall(SYS_openat2, AT_FDCWD, "/", &b.h, sizeof b.h);
  b.h.mode = 0;
  b.h.flags = O_WRONLY | O_CREAT | O_EXCL | O_TMPFILE;
  b.h.mode = 07777;
  syscall(SYS_openat2, AT_FDCWD, "/nonexistent-h4/x", &b.h, sizeof b.h);
  b.h.flags = 1ULL << 40;
  syscall(SYS_openat2, AT_FDCWD, ".", &b.h, sizeof b.h);
  b.h.flags = O_RDONLY;
  b.h.mode = 0;
  syscall(SYS_openat2, AT_FDCWD, ".", &b.h, sizeof b);
  b.extra[1] = 5;
  syscall(SYS_openat2, AT_FDCWD, ".", &b.h, sizeof b);
  syscall(SYS_openat2, AT_FDCWD, ".", &b.h, 16);
  syscall(SYS_openat2, AT_FDCWD, ".", &b.h, 0);
  syscall(SYS_openat2, AT_FDCWD, ".", (void*)0xbad0000, sizeof b.h);
  static unsigned long long page[512];
  page[0] = O_RDONLY;
  page[300] = 1;
  syscall(SYS_openat2, -7, "x", page, 4096);
  return 0;
}
