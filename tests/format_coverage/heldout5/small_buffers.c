// getcwd with sizes 0, exactly the path with its NUL, one less, and huge; readlink and readlinkat with sizes 0, 1, negative, a bad buffer, a non-link.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  mkdir("/tmp/lzp-h5-small", 0700);
  syscall(SYS_chdir, "/tmp/lzp-h5-small");
  char b[64];
  syscall(SYS_getcwd, b, 0);
  syscall(SYS_getcwd, b, 18);
  syscall(SYS_getcwd, b, 17);
  syscall(SYS_getcwd, NULL, 64);
  syscall(SYS_getcwd, b, ~0UL);
  symlink("a-rather-long-symlink-target-for-the-test", "l");
  syscall(SYS_readlink, "l", b, 0);
  syscall(SYS_readlink, "l", b, 1);
  syscall(SYS_readlink, "l", b, 41);
  syscall(SYS_readlink, "l", b, -1);
  syscall(SYS_readlink, "l", (void*)0xbad0000, 10);
  syscall(SYS_readlink, ".", b, sizeof b);
  syscall(SYS_readlinkat, AT_FDCWD, "l", b, 5);
  int d = open(".", O_RDONLY | O_DIRECTORY);
  syscall(SYS_readlinkat, d, "", b, sizeof b);
  syscall(SYS_readlinkat, -1, "l", b, sizeof b);
  unlink("l");
  syscall(SYS_chdir, "/");
  rmdir("/tmp/lzp-h5-small");
  return 0;
}
