// xattr values and lists as strings under -x, -xx and -s 3: getxattr of a text value, of binary bytes, listxattr's NUL-separated names, setxattr of the same, with values at and past the limit.
// compare-options:
// compare-options: -x
// compare-options: -xx
// compare-options: -s 3
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#define D "/tmp/lzp-h7-xstr"
int main(void) {
  mkdir(D, 0700);
  close(open(D "/f", O_WRONLY | O_CREAT, 0600));
  syscall(SYS_setxattr, D "/f", "user.text", "abc", 3, 0);
  syscall(SYS_setxattr, D "/f", "user.bin", "\x00\x01\xff\x7f\n", 5, 0);
  syscall(SYS_setxattr, D "/f", "user.four", "abcd", 4, 0);
  char buf[128];
  syscall(SYS_getxattr, D "/f", "user.text", buf, sizeof buf);
  syscall(SYS_getxattr, D "/f", "user.bin", buf, sizeof buf);
  syscall(SYS_getxattr, D "/f", "user.four", buf, sizeof buf);
  syscall(SYS_listxattr, D "/f", buf, sizeof buf);
  unlink(D "/f");
  rmdir(D);
  return 0;
}
