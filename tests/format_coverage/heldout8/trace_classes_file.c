// Class qualifiers for files (-e trace=%file, %desc, %stat, %lstat, %fstat, %%stat, %statfs, %%statfs, each with munmap so the comparison starts after the loader): opens, the stat family, statfs family, access, readlink, dup, fcntl, close in its own directory.
// compare-options: -e trace=%file,munmap
// compare-options: -e trace=%desc,munmap
// compare-options: -e trace=%stat,%lstat,%fstat,munmap
// compare-options: -e trace=%%stat,munmap
// compare-options: -e trace=%statfs,%%statfs,munmap
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/stat.h>
#define D "/tmp/lzp-h8-trace_classes_file"
int main(void) {
  syscall(SYS_mkdir, D, 0700);
  int fd = syscall(SYS_openat, AT_FDCWD, D "/f", O_CREAT | O_RDWR | O_TRUNC, 0600);
  struct stat st;
  struct statfs sf;
  struct statx sx;
  syscall(SYS_stat, D "/nonexistent", &st);
  syscall(SYS_lstat, D "/nonexistent", &st);
  syscall(SYS_fstat, 99, &st);
  syscall(SYS_newfstatat, AT_FDCWD, D "/nonexistent", &st, 0);
  syscall(SYS_statx, AT_FDCWD, D "/nonexistent", 0, STATX_BASIC_STATS, &sx);
  syscall(SYS_statfs, D "/nonexistent", &sf);
  syscall(SYS_fstatfs, 99, &sf);
  syscall(SYS_access, D "/f", R_OK);
  syscall(SYS_faccessat2, AT_FDCWD, D "/nonexistent", W_OK, 0);
  char b[16];
  syscall(SYS_readlink, D "/f", b, sizeof b);
  int d = syscall(SYS_dup, fd);
  syscall(SYS_fcntl, d, F_GETFD);
  syscall(SYS_write, d, "x", 1);
  syscall(SYS_ftruncate, d, 0);
  syscall(SYS_close, d);
  syscall(SYS_close, fd);
  syscall(SYS_unlink, D "/f");
  syscall(SYS_rmdir, D);
  return 0;
}
