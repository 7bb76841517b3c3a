// The older *at and 64 calls no set measured: renameat, symlinkat, newfstatat flags, pwrite64 offsets, with AT_FDCWD, bad fds and paths.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  mkdir("/tmp/lzp-h4-at", 0700);
  int d = open("/tmp/lzp-h4-at", O_RDONLY | O_DIRECTORY);
  int f = openat(d, "a", O_RDWR | O_CREAT, 0600);
  syscall(SYS_renameat, d, "a", d, "b");
  syscall(SYS_renameat, AT_FDCWD, "/tmp/lzp-h4-at/b", d, "a");
  syscall(SYS_renameat, -1, "x", -2, "y");
  syscall(SYS_renameat, d, (void*)0xbad0000, d, "c");
  syscall(SYS_symlinkat, "a", d, "s");
  syscall(SYS_symlinkat, "", d, "t");
  syscall(SYS_symlinkat, (void*)0xbad0000, d, "t");
  syscall(SYS_symlinkat, "a", -100000, "t");
  struct stat st;
  syscall(SYS_newfstatat, d, "s", &st, AT_SYMLINK_NOFOLLOW);
  syscall(SYS_newfstatat, d, "", (void*)0xbad0000, AT_EMPTY_PATH);
  syscall(SYS_newfstatat, d, "a", (void*)0xbad0000, AT_NO_AUTOMOUNT | AT_STATX_DONT_SYNC);
  syscall(SYS_newfstatat, d, "a", &st, 0x80000000);
  syscall(SYS_newfstatat, AT_FDCWD, "/nonexistent-h4", &st, 0);
  syscall(SYS_pwrite64, f, "abc", 3, 0x7fffffffffffffffLL);
  syscall(SYS_pwrite64, f, "abc", 3, -1L);
  syscall(SYS_pwrite64, f, "abc", 3, 4096);
  syscall(SYS_pwrite64, f, (void*)0xbad0000, 3, 0);
  syscall(SYS_pwrite64, -1, "abc", 0, 0);
  unlinkat(d, "s", 0);
  unlinkat(d, "a", 0);
  rmdir("/tmp/lzp-h4-at");
  return 0;
}
