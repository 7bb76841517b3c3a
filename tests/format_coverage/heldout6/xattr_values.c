// xattr values and sizes no earlier set tried, on the program's own file and symlink: setxattr with XATTR_CREATE|XATTR_REPLACE and unknown flags, binary values with NUL and high bytes, sizes 0 and above 64 KiB, names with an empty suffix, 256 bytes and no namespace; getxattr/listxattr with sizes 0 and too small; lgetxattr/lsetxattr on a symlink; fgetxattr on an O_PATH fd.
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>
#define BAD 0xbad0000UL
#define D "/tmp/lzp-h6-xattr"
int main(void) {
  mkdir(D, 0700);
  close(open(D "/f", O_WRONLY | O_CREAT, 0600));
  symlink("f", D "/l");
  char v[8] = {'a', 0, '\n', (char)0xff, '"', '\\', 1, 'z'};
  char buf[64];
  syscall(SYS_setxattr, D "/f", "user.bin", v, sizeof v, XATTR_CREATE);
  syscall(SYS_setxattr, D "/f", "user.bin", v, 3, XATTR_CREATE);
  syscall(SYS_setxattr, D "/f", "user.bin", v, 0, XATTR_REPLACE);
  syscall(SYS_setxattr, D "/f", "user.new", v, 1, XATTR_REPLACE);
  syscall(SYS_setxattr, D "/f", "user.bin", v, 1, XATTR_CREATE | XATTR_REPLACE);
  syscall(SYS_setxattr, D "/f", "user.bin", v, 1, 0x4);
  static char bigv[65537];
  memset(bigv, 'v', sizeof bigv);
  syscall(SYS_setxattr, D "/f", "user.big", bigv, 65537, 0);
  syscall(SYS_setxattr, D "/f", "user.", v, 1, 0);
  syscall(SYS_setxattr, D "/f", "nonamespace", v, 1, 0);
  char name[262] = "user.";
  memset(name + 5, 'n', 256);
  name[261] = 0;
  syscall(SYS_setxattr, D "/f", name, v, 1, 0);
  syscall(SYS_getxattr, D "/f", "user.bin", 0, 0);
  syscall(SYS_getxattr, D "/f", "user.bin", buf, 0);
  syscall(SYS_getxattr, D "/f", "user.bin", buf, 1);
  syscall(SYS_getxattr, D "/f", "user.bin", buf, -1);
  syscall(SYS_getxattr, D "/f", "user.bin", BAD, sizeof buf);
  syscall(SYS_listxattr, D "/f", 0, 0);
  syscall(SYS_listxattr, D "/f", buf, 2);
  syscall(SYS_listxattr, D "/f", buf, sizeof buf);
  syscall(SYS_lsetxattr, D "/l", "user.bin", v, 1, 0);
  syscall(SYS_lgetxattr, D "/l", "user.bin", buf, sizeof buf);
  syscall(SYS_llistxattr, D "/l", buf, sizeof buf);
  syscall(SYS_lremovexattr, D "/l", "user.bin");
  int o = open(D "/f", O_PATH);
  syscall(SYS_fgetxattr, o, "user.bin", buf, sizeof buf);
  syscall(SYS_fsetxattr, o, "user.bin", v, 1, 0);
  syscall(SYS_removexattr, D "/f", "user.bin");
  syscall(SYS_removexattr, D "/f", "user.bin");
  unlink(D "/l");
  unlink(D "/f");
  rmdir(D);
  return 0;
}
