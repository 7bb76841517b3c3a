// statx: every mask bit, sync-type flags, unknown mask and flag bits, empty paths with fds, a short buffer pointer, bad paths.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct statx sx;
  int d = open("/", O_RDONLY | O_DIRECTORY);
  syscall(SYS_statx, AT_FDCWD, "/", AT_STATX_FORCE_SYNC, STATX_ALL, (void*)0xbad0000);
  syscall(SYS_statx, AT_FDCWD, "/", AT_STATX_DONT_SYNC | AT_SYMLINK_NOFOLLOW, STATX_TYPE | STATX_MODE | STATX_BTIME, (void*)0xbad0000);
  syscall(SYS_statx, AT_FDCWD, "/", AT_STATX_FORCE_SYNC | AT_STATX_DONT_SYNC, STATX_BASIC_STATS, &sx);
  syscall(SYS_statx, d, "", AT_EMPTY_PATH | AT_NO_AUTOMOUNT, 0, (void*)0xbad0000);
  syscall(SYS_statx, AT_FDCWD, "/", 0, 0xffffffffu, (void*)0xbad0000);
  syscall(SYS_statx, AT_FDCWD, "/", 0, STATX__RESERVED, &sx);
  syscall(SYS_statx, AT_FDCWD, "/", 0x10000000, STATX_INO, &sx);
  syscall(SYS_statx, AT_FDCWD, "/nonexistent-h4", 0, STATX_SIZE | STATX_MNT_ID | 0x4000, &sx);
  syscall(SYS_statx, AT_FDCWD, (void*)0xbad0000, 0, STATX_SIZE, &sx);
  syscall(SYS_statx, -5, "rel", 0, STATX_SIZE, &sx);
  syscall(SYS_statx, AT_FDCWD, NULL, AT_EMPTY_PATH, STATX_DIOALIGN, (void*)0xbad0000);
  return 0;
}
