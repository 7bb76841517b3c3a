// renameat2 with RENAME_EXCHANGE, RENAME_WHITEOUT, invalid mixes and unknown bits; linkat of an O_TMPFILE by AT_EMPTY_PATH; unlinkat and symlinkat edge cases (in the program's own directory).
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  mkdir("/tmp/lzp-h5-rename", 0700);
  int d = open("/tmp/lzp-h5-rename", O_RDONLY | O_DIRECTORY);
  close(openat(d, "a", O_WRONLY | O_CREAT, 0600));
  close(openat(d, "b", O_WRONLY | O_CREAT, 0600));
  syscall(SYS_renameat2, d, "a", d, "b", RENAME_EXCHANGE);
  syscall(SYS_renameat2, d, "a", d, "b", RENAME_NOREPLACE | RENAME_EXCHANGE);
  syscall(SYS_renameat2, d, "a", d, "c", RENAME_WHITEOUT);
  syscall(SYS_renameat2, d, "b", d, "e", 0x8);
  syscall(SYS_renameat2, d, "b", d, "e", ~0UL);
  syscall(SYS_renameat2, -1, "b", 99, "e", 0);
  syscall(SYS_renameat, d, "b", AT_FDCWD, "/tmp/lzp-h5-rename/e");
  int t = openat(d, ".", O_WRONLY | O_TMPFILE, 0600);
  syscall(SYS_linkat, t, "", d, "t", AT_EMPTY_PATH);
  syscall(SYS_linkat, d, "e", d, "f", 0x1);
  syscall(SYS_linkat, d, "e", d, "e", AT_SYMLINK_FOLLOW);
  syscall(SYS_symlinkat, "", d, "s");
  syscall(SYS_symlinkat, "target with spaces\n", d, "s");
  syscall(SYS_unlinkat, d, "e", AT_REMOVEDIR);
  syscall(SYS_unlinkat, d, ".", AT_REMOVEDIR);
  syscall(SYS_unlinkat, d, "s", AT_REMOVEDIR | 0x1);
  const char* n[] = {"a", "c", "e", "t", "s"};
  for (int i = 0; i < 5; i++) syscall(SYS_unlinkat, d, n[i], 0);
  rmdir("/tmp/lzp-h5-rename");
  return 0;
}
