// fadvise64, readahead and sync_file_range at their edges: every advice and unknown ones (6, -1), negative and huge offsets and lengths; sync_file_range with every flag combination, unknown bits, negative offsets and ranges past the end; readahead of huge counts and on a pipe; fdatasync/fsync/syncfs on a pipe and a bad fd.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int fd = syscall(SYS_memfd_create, "fadv", 0);
  int p[2];
  pipe(p);
  for (int a = 0; a <= 7; a++) syscall(SYS_fadvise64, fd, 0, 0, a);
  syscall(SYS_fadvise64, fd, 0, 0, -1);
  syscall(SYS_fadvise64, fd, -1, 4096, POSIX_FADV_NORMAL);
  syscall(SYS_fadvise64, fd, 0, -1, POSIX_FADV_WILLNEED);
  syscall(SYS_fadvise64, fd, 0x7fffffffffffffffLL, 0x7fffffffffffffffLL, POSIX_FADV_DONTNEED);
  syscall(SYS_fadvise64, p[0], 0, 0, POSIX_FADV_SEQUENTIAL);
  for (int f = 0; f <= 8; f++) syscall(SYS_sync_file_range, fd, 0, 0, f);
  syscall(SYS_sync_file_range, fd, -1, 0, SYNC_FILE_RANGE_WRITE);
  syscall(SYS_sync_file_range, fd, 0, -1, SYNC_FILE_RANGE_WRITE);
  syscall(SYS_sync_file_range, fd, 0x7fffffffffffffffLL, 1, SYNC_FILE_RANGE_WAIT_AFTER);
  syscall(SYS_sync_file_range, fd, 0, 0, 0xffffffff);
  syscall(SYS_sync_file_range, p[0], 0, 0, SYNC_FILE_RANGE_WRITE);
  syscall(SYS_readahead, fd, 0, 0x7fffffffffffffffLL);
  syscall(SYS_readahead, fd, -1, 10);
  syscall(SYS_readahead, p[0], 0, 10);
  syscall(SYS_fdatasync, p[0]);
  syscall(SYS_fsync, -1);
  syscall(SYS_syncfs, -1);
  return 0;
}
