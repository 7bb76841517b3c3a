// chdir, fchdir, getcwd, chroot: good and missing directories, a file fd, ERANGE, bad pointers.
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  char b[256];
  syscall(SYS_chdir, "/tmp");
  syscall(SYS_chdir, "/nonexistent-h3");
  syscall(SYS_chdir, (void*)0xbad0000);
  int d = open("/", O_RDONLY | O_DIRECTORY);
  syscall(SYS_fchdir, d);
  syscall(SYS_fchdir, -1);
  syscall(SYS_fchdir, 1);
  syscall(SYS_getcwd, b, 1);
  syscall(SYS_getcwd, b, sizeof b);
  syscall(SYS_getcwd, (void*)0xbad0000, 100);
  syscall(SYS_chroot, (void*)0xbad0000);
  return 0;
}
