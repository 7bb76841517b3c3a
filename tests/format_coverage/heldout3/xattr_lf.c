// lsetxattr, lgetxattr, llistxattr, lremovexattr, fsetxattr, fgetxattr, flistxattr, fremovexattr: flags, size queries, bad fds.
#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>
int main(void) {
  int f = open("/tmp/lzp-h3-xattr", O_RDWR | O_CREAT | O_TRUNC, 0600);
  syscall(SYS_fsetxattr, f, "user.h3", "value\0x", 7, XATTR_CREATE);
  syscall(SYS_fsetxattr, f, "user.h3", "v", 1, XATTR_CREATE);
  syscall(SYS_fsetxattr, f, "user.h3", "v", 1, 0x4);
  char b[64];
  syscall(SYS_fgetxattr, f, "user.h3", b, 0);
  syscall(SYS_fgetxattr, f, "user.h3", b, sizeof b);
  syscall(SYS_fgetxattr, f, "user.h3", b, 2);
  syscall(SYS_flistxattr, f, b, sizeof b);
  syscall(SYS_flistxattr, f, NULL, 0);
  syscall(SYS_lsetxattr, "/tmp/lzp-h3-xattr", "user.l", "", 0, XATTR_REPLACE);
  syscall(SYS_lgetxattr, "/tmp/lzp-h3-xattr", "user.missing", b, sizeof b);
  syscall(SYS_llistxattr, "/tmp/lzp-h3-xattr", b, 1);
  syscall(SYS_lremovexattr, "/tmp/lzp-h3-xattr", "user.h3");
  syscall(SYS_fremovexattr, f, "user.h3");
  syscall(SYS_fremovexattr, -1, "user.h3");
  close(f);
  unlink("/tmp/lzp-h3-xattr");
  return 0;
}
