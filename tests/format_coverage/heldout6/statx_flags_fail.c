// statx's flags and masks where the call fails before writing: AT_STATX_FORCE_SYNC and DONT_SYNC together, AT_NO_AUTOMOUNT, AT_EMPTY_PATH with an empty path on a bad fd, AT_SYMLINK_NOFOLLOW on a missing file, STATX__RESERVED, STATX_MNT_ID, STATX_DIOALIGN, every mask bit, unknown flag bits, NULL and bad buffers and paths.
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#define BAD 0xbad0000UL
#ifndef STATX_DIOALIGN
#define STATX_DIOALIGN 0x00002000U
#endif
int main(void) {
  struct statx sx;
  syscall(SYS_statx, AT_FDCWD, "/nonexistent-lzp", AT_STATX_FORCE_SYNC | AT_STATX_DONT_SYNC, STATX_BASIC_STATS, &sx);
  syscall(SYS_statx, AT_FDCWD, "/nonexistent-lzp", AT_NO_AUTOMOUNT | AT_SYMLINK_NOFOLLOW | AT_STATX_FORCE_SYNC, STATX_ALL, &sx);
  syscall(SYS_statx, 99, "", AT_EMPTY_PATH, STATX_MNT_ID, &sx);
  syscall(SYS_statx, AT_FDCWD, "/nonexistent-lzp", 0, STATX__RESERVED, &sx);
  syscall(SYS_statx, AT_FDCWD, "/nonexistent-lzp", 0, STATX_DIOALIGN | STATX_BTIME, &sx);
  syscall(SYS_statx, AT_FDCWD, "/nonexistent-lzp", 0, 0x7fffffff, &sx);
  syscall(SYS_statx, AT_FDCWD, "/nonexistent-lzp", 0x10000, STATX_TYPE, &sx);
  syscall(SYS_statx, AT_FDCWD, "/nonexistent-lzp", 0xffffffff, STATX_TYPE, &sx);
  syscall(SYS_statx, AT_FDCWD, "/nonexistent-lzp", AT_STATX_DONT_SYNC, 0, 0);
  syscall(SYS_statx, AT_FDCWD, BAD, 0, STATX_MODE, &sx);
  syscall(SYS_statx, AT_FDCWD, 0, AT_EMPTY_PATH, STATX_SIZE, &sx);
  syscall(SYS_statx, -1, "relative-lzp", 0, STATX_UID | STATX_GID, &sx);
  syscall(SYS_statx, AT_FDCWD, "/", 0, STATX_TYPE, BAD);
  return 0;
}
