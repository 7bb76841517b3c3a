// stat family, statfs, getdents64, mknod(at), chdir/fchdir/chroot, the sync calls.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/vfs.h>
#include <unistd.h>
#include <dirent.h>
#include <sys/sysmacros.h>
#include <sys/syscall.h>
int main(void) {
  struct stat st; stat("/", &st); lstat("/nonexistent", &st); fstat(-1, &st); fstatat(AT_FDCWD, "/", &st, AT_SYMLINK_NOFOLLOW | 0x40000);
  struct statfs sf; statfs("/nonexistent", &sf); fstatfs(-1, &sf);
  int d = open("/", O_RDONLY | O_DIRECTORY); char buf[64]; syscall(SYS_getdents64, d, buf, 8); syscall(SYS_getdents64, -1, buf, 64);
  mknod("/nonexistent/x", S_IFCHR | 0600, makedev(1, 3)); mknodat(AT_FDCWD, "/nonexistent/y", S_IFIFO | 0644, 0);
  chdir("/nonexistent"); fchdir(-1); chroot("/nonexistent"); sync(); syncfs(d); fsync(d); fdatasync(-1);
  return 0;
}
