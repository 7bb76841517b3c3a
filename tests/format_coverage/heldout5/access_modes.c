// access, faccessat, faccessat2: unknown mode and flag bits; chmod/fchmod/fchmodat with modes beyond 07777 and an O_PATH fd.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  mkdir("/tmp/lzp-h5-access", 0700);
  int f = open("/tmp/lzp-h5-access/f", O_RDWR | O_CREAT | O_TRUNC, 0600);
  const char* p = "/tmp/lzp-h5-access/f";
  syscall(SYS_access, p, R_OK | W_OK | X_OK);
  syscall(SYS_access, p, 0x8);
  syscall(SYS_access, p, ~0UL);
  syscall(SYS_faccessat, AT_FDCWD, p, F_OK, AT_EACCESS);
  syscall(SYS_faccessat, AT_FDCWD, p, R_OK | 0x10);
  syscall(SYS_faccessat2, AT_FDCWD, p, W_OK, AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH);
  syscall(SYS_faccessat2, f, "", R_OK, AT_EMPTY_PATH);
  syscall(SYS_faccessat2, AT_FDCWD, p, R_OK, 0x1);
  syscall(SYS_faccessat2, AT_FDCWD, p, 0x18, 0xffffffff);
  syscall(SYS_chmod, p, 0xffff0600UL);
  syscall(SYS_chmod, p, 04755);
  syscall(SYS_fchmod, f, 0170644);
  syscall(SYS_fchmodat, AT_FDCWD, p, 02600, AT_SYMLINK_NOFOLLOW);
  int o = open(p, O_PATH);
  syscall(SYS_fchmod, o, 0600);
  syscall(SYS_fchmodat, o, "", 0600);
  syscall(SYS_chmod, (void*)0xbad0000, 0600);
  unlink(p);
  rmdir("/tmp/lzp-h5-access");
  return 0;
}
