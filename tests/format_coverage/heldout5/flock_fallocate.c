// flock operations (shared, exclusive, non-blocking, LOCK_MAND, unknown); fallocate's ZERO_RANGE, COLLAPSE_RANGE, INSERT_RANGE, UNSHARE_RANGE, PUNCH_HOLE without KEEP_SIZE, overflowing ranges.
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/falloc.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  mkdir("/tmp/lzp-h5-flock", 0700);
  int f = open("/tmp/lzp-h5-flock/f", O_RDWR | O_CREAT | O_TRUNC, 0600);
  syscall(SYS_flock, f, LOCK_SH | LOCK_NB);
  syscall(SYS_flock, f, LOCK_EX);
  syscall(SYS_flock, f, LOCK_UN);
  syscall(SYS_flock, f, 32 | 64);
  syscall(SYS_flock, f, 0x100);
  syscall(SYS_flock, f, 0);
  syscall(SYS_flock, -1, LOCK_EX);
  syscall(SYS_fallocate, f, 0, 0, 65536);
  syscall(SYS_fallocate, f, FALLOC_FL_ZERO_RANGE, 0, 4096);
  syscall(SYS_fallocate, f, FALLOC_FL_ZERO_RANGE | FALLOC_FL_KEEP_SIZE, 4096, 4096);
  syscall(SYS_fallocate, f, FALLOC_FL_COLLAPSE_RANGE, 4096, 4096);
  syscall(SYS_fallocate, f, FALLOC_FL_INSERT_RANGE, 4096, 4096);
  syscall(SYS_fallocate, f, FALLOC_FL_UNSHARE_RANGE, 0, 4096);
  syscall(SYS_fallocate, f, FALLOC_FL_PUNCH_HOLE, 0, 4096);
  syscall(SYS_fallocate, f, FALLOC_FL_NO_HIDE_STALE, 0, 4096);
  syscall(SYS_fallocate, f, 0, 0x7fffffffffffffffL, 2);
  syscall(SYS_fallocate, f, 0, 0, 0);
  syscall(SYS_fallocate, f, 0, 0, -1L);
  syscall(SYS_fallocate, f, 0x80000000UL, 0, 1);
  unlink("/tmp/lzp-h5-flock/f");
  rmdir("/tmp/lzp-h5-flock");
  return 0;
}
