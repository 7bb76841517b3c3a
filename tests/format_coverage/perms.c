// chmod/fchmod/fchmodat/chown/umask/access/faccessat with odd modes.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
int main(void) {
  int fd = open("/tmp/lzp-cov-perm", O_RDWR | O_CREAT | O_TRUNC, 0600);
  chmod("/tmp/lzp-cov-perm", 04755); fchmod(fd, 07777); fchmodat(AT_FDCWD, "/tmp/lzp-cov-perm", 0644, 0);
  chown("/tmp/lzp-cov-perm", -1, -1); fchown(fd, 0, 0); lchown("/nonexistent", 1, 2); fchownat(fd, "", 0, 0, AT_EMPTY_PATH);
  umask(022); umask(0777777); access("/tmp/lzp-cov-perm", R_OK | W_OK); access("/nonexistent", F_OK); faccessat(AT_FDCWD, "/", X_OK, AT_EACCESS);
  syscall(439, AT_FDCWD, "/", 0x10, 0x200);
  unlink("/tmp/lzp-cov-perm");
  return 0;
}
