// The stat family through libc: stat/lstat/fstat (newfstatat with flags, fstat as newfstatat(fd, "", AT_EMPTY_PATH)), statx via a raw call, access/faccessat, euidaccess, uname, getrlimit, sigaction's old value; under -e abbrev=none, -e verbose=none, --no-abbrev and -Z.
// compare-options: -e abbrev=none
// compare-options: -e verbose=none
// compare-options: --no-abbrev -e trace=!brk
// compare-options: -Z
#include "h10.h"
#include <sys/resource.h>
#include <sys/utsname.h>
int main(void) {
  struct stat st;
  mkdir("/tmp/lzp-h10-stat", 0755);
  int fd = open("/tmp/lzp-h10-stat/f", O_CREAT | O_WRONLY, 0640);
  stat("/tmp/lzp-h10-stat/f", &st);
  lstat("/tmp/lzp-h10-stat", &st);
  fstat(fd, &st);
  stat("/tmp/lzp-h10-stat/none", &st);
  access("/tmp/lzp-h10-stat/f", R_OK | W_OK);
  faccessat(AT_FDCWD, "/tmp/lzp-h10-stat/none", F_OK, AT_EACCESS);
  euidaccess("/tmp/lzp-h10-stat/f", X_OK);
  struct utsname u;
  uname(&u);
  struct rlimit r;
  getrlimit(RLIMIT_NOFILE, &r);
  struct sigaction old;
  sigaction(SIGTERM, 0, &old);
  close(fd);
  unlink("/tmp/lzp-h10-stat/f");
  rmdir("/tmp/lzp-h10-stat");
  return 0;
}
