// getxattr/setxattr/listxattr/removexattr with flags and bad sizes.
#include <sys/xattr.h>
#include <fcntl.h>
#include <unistd.h>
int main(void) {
  char b[64]; int fd = open("/tmp/lzp-cov-xattr", O_RDWR | O_CREAT | O_TRUNC, 0600);
  setxattr("/tmp/lzp-cov-xattr", "user.a", "val", 3, XATTR_CREATE); fsetxattr(fd, "user.b", "v", 1, 0xff);
  getxattr("/tmp/lzp-cov-xattr", "user.a", b, sizeof b); getxattr("/tmp/lzp-cov-xattr", "user.a", b, 1); fgetxattr(fd, "user.none", b, 64);
  listxattr("/tmp/lzp-cov-xattr", b, sizeof b); flistxattr(fd, NULL, 0); removexattr("/tmp/lzp-cov-xattr", "user.a"); lremovexattr("/x", "user.a");
  unlink("/tmp/lzp-cov-xattr");
  return 0;
}
