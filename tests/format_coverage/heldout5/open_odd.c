// open/openat/creat: modes with high and special bits, every flag bit, dirfds that are AT_FDCWD only in their low 32 bits or negative, rare flag mixes.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  mkdir("/tmp/lzp-h5-open", 0700);
  int d = open("/tmp/lzp-h5-open", O_RDONLY | O_DIRECTORY);
  syscall(SYS_openat, d, "a", O_WRONLY | O_CREAT | O_EXCL, 07777);
  syscall(SYS_openat, d, "b", O_WRONLY | O_CREAT, 0xffff0644UL);
  syscall(SYS_openat, d, "c", O_RDWR | O_CREAT | O_TRUNC | O_APPEND | O_DSYNC | O_NOATIME | O_NOCTTY | O_ASYNC, 0600);
  syscall(SYS_openat, d, "a", O_RDONLY | O_DIRECT | O_LARGEFILE | O_NOFOLLOW | O_CLOEXEC);
  syscall(SYS_openat, d, "a", ~0UL, 0);
  syscall(SYS_openat, d, "a", 0x80000000UL | O_RDONLY);
  syscall(SYS_openat, 0xffffff9cUL, "/tmp/lzp-h5-open/a", O_RDONLY);
  syscall(SYS_openat, -2, "a", O_RDONLY);
  syscall(SYS_openat, d, ".", O_RDWR | O_TMPFILE);
  syscall(SYS_openat, d, ".", O_WRONLY | O_TMPFILE, 0640);
  syscall(SYS_openat, d, "a", O_PATH | O_WRONLY | O_CREAT, 0600);
  syscall(SYS_open, "/tmp/lzp-h5-open/a", O_RDONLY | O_SYNC | O_RSYNC);
  syscall(SYS_open, "/tmp/lzp-h5-open/a", 3);
  syscall(SYS_creat, "/tmp/lzp-h5-open/d", 0x1ffUL | 0xf000);
  syscall(SYS_creat, "/tmp/lzp-h5-open", 0600);
  const char* n[] = {"a", "b", "c", "d"};
  for (int i = 0; i < 4; i++) syscall(SYS_unlinkat, d, n[i], 0);
  rmdir("/tmp/lzp-h5-open");
  return 0;
}
