// Path operations: mkdir/rename/link/symlink/readlink/unlink with good and bad paths.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
int main(void) {
  char b[64];
  mkdir("/tmp/lzp-cov-d", 0755); mkdirat(AT_FDCWD, "/tmp/lzp-cov-d", 01777); rename("/tmp/lzp-cov-d", "/tmp/lzp-cov-e");
  renameat2(AT_FDCWD, "/tmp/lzp-cov-e", AT_FDCWD, "/tmp/lzp-cov-f", RENAME_NOREPLACE); symlink("target", "/tmp/lzp-cov-l");
  readlink("/tmp/lzp-cov-l", b, sizeof b); readlink("/tmp/lzp-cov-l", b, 2); readlinkat(AT_FDCWD, "/nonexistent", b, 64);
  link("/tmp/lzp-cov-l", "/tmp/lzp-cov-m"); linkat(AT_FDCWD, "/x", AT_FDCWD, "/y", AT_SYMLINK_FOLLOW | AT_EMPTY_PATH);
  unlink("/tmp/lzp-cov-l"); unlink("/tmp/lzp-cov-m"); unlinkat(AT_FDCWD, "/tmp/lzp-cov-f", AT_REMOVEDIR); rmdir("/tmp/lzp-cov-f");
  unlinkat(AT_FDCWD, "x", 0xff);
  return 0;
}
