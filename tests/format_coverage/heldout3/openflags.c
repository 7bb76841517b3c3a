// open, openat: O_TMPFILE, O_PATH, O_DIRECT, O_NOATIME, unknown bits, setuid modes, bad dirfds and paths.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_openat, AT_FDCWD, "/tmp", O_TMPFILE | O_RDWR, 0600);
  syscall(SYS_openat, AT_FDCWD, "/tmp", O_PATH | O_NOFOLLOW | O_CLOEXEC);
  syscall(SYS_open, "/tmp/lzp-h3-open", O_CREAT | O_EXCL | O_WRONLY | O_DIRECT | O_NOATIME, 06755);
  syscall(SYS_open, "/tmp/lzp-h3-open", O_RDONLY | 0x40000000);
  syscall(SYS_open, "/tmp/lzp-h3-open", O_WRONLY | O_APPEND | O_DSYNC | O_ASYNC | O_NONBLOCK);
  syscall(SYS_openat, 1000, "relative", O_RDONLY);
  syscall(SYS_openat, -1, "/tmp", O_RDONLY | O_DIRECTORY);
  syscall(SYS_open, (void*)0xbad0000, O_RDONLY);
  syscall(SYS_open, "/tmp/lzp-h3-open", O_CREAT | O_RDWR | O_LARGEFILE, 0);
  syscall(SYS_open, "/tmp/lzp-h3-open", 3);
  unlink("/tmp/lzp-h3-open");
  return 0;
}
