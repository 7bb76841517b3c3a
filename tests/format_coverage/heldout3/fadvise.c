// fadvise64, readahead, sync_file_range, fsync, fdatasync, syncfs: advice values, unknown flag bits, bad fds.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int f = open("/tmp/lzp-h3-fadv", O_RDWR | O_CREAT | O_TRUNC, 0600);
  write(f, "0123456789", 10);
  syscall(SYS_fadvise64, f, 0, 10, POSIX_FADV_SEQUENTIAL);
  syscall(SYS_fadvise64, f, 4096, 0, POSIX_FADV_DONTNEED);
  syscall(SYS_fadvise64, f, -1, 10, 99);
  syscall(SYS_fadvise64, -1, 0, 0, POSIX_FADV_NOREUSE);
  syscall(SYS_readahead, f, 0, 4096);
  syscall(SYS_readahead, -1, -5, 0);
  syscall(SYS_sync_file_range, f, 0, 0, SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
  syscall(SYS_sync_file_range, f, 0, 10, 0x10);
  syscall(SYS_sync_file_range, f, -1, 10, SYNC_FILE_RANGE_WRITE);
  syscall(SYS_fsync, -1);
  syscall(SYS_fdatasync, f);
  syscall(SYS_syncfs, 12345);
  close(f);
  unlink("/tmp/lzp-h3-fadv");
  return 0;
}
