// chown, lchown, fchown, fchownat: -1 ids, ids with upper bits, the largest ids, AT_EMPTY_PATH, unknown flags (all on the program's own files).
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  mkdir("/tmp/lzp-h5-chown", 0700);
  int f = open("/tmp/lzp-h5-chown/f", O_RDWR | O_CREAT | O_TRUNC, 0600);
  symlink("f", "/tmp/lzp-h5-chown/l");
  const char* p = "/tmp/lzp-h5-chown/f";
  syscall(SYS_chown, p, -1, -1);
  syscall(SYS_chown, p, 0xffffffffUL, 0xffffffffUL);
  syscall(SYS_chown, p, 0x100000000UL, 0x100000000UL);
  syscall(SYS_chown, p, 65534, 65534);
  syscall(SYS_lchown, "/tmp/lzp-h5-chown/l", 65533, -1);
  syscall(SYS_fchown, f, -1, 4294967294UL);
  syscall(SYS_fchown, -1, 0, 0);
  syscall(SYS_fchownat, f, "", 0, 0, AT_EMPTY_PATH);
  syscall(SYS_fchownat, AT_FDCWD, "/tmp/lzp-h5-chown/l", 1, 1, AT_SYMLINK_NOFOLLOW);
  syscall(SYS_fchownat, AT_FDCWD, p, 0, 0, 0x4);
  syscall(SYS_fchownat, AT_FDCWD, p, -1, -1, ~0UL);
  syscall(SYS_fchownat, 99, "x", 0, 0, 0);
  unlink("/tmp/lzp-h5-chown/l");
  unlink(p);
  rmdir("/tmp/lzp-h5-chown");
  return 0;
}
