// A filesystem context's message log (no mount is made): fsopen of tmpfs, fsconfig with an unknown parameter and a bad value (each leaves an error message), the messages read back from the fd, reading an empty log (ENODATA), good parameters, a short read buffer; -s 8 cuts the messages.
// compare-options:
// compare-options: -s 8
#define _GNU_SOURCE
#include <linux/mount.h>
#include <sys/syscall.h>
#include <unistd.h>
#ifndef FSCONFIG_SET_STRING
#define FSCONFIG_SET_FLAG 0
#define FSCONFIG_SET_STRING 1
#endif
int main(void) {
  int fs = syscall(SYS_fsopen, "tmpfs", FSOPEN_CLOEXEC);
  char buf[256];
  syscall(SYS_fsconfig, fs, FSCONFIG_SET_STRING, "nosuchoption", "1", 0);
  syscall(SYS_read, fs, buf, sizeof buf);
  syscall(SYS_read, fs, buf, sizeof buf);
  syscall(SYS_fsconfig, fs, FSCONFIG_SET_STRING, "size", "lots", 0);
  syscall(SYS_fsconfig, fs, FSCONFIG_SET_STRING, "mode", "0999", 0);
  syscall(SYS_read, fs, buf, 12);
  syscall(SYS_read, fs, buf, sizeof buf);
  syscall(SYS_fsconfig, fs, FSCONFIG_SET_STRING, "mode", "0700", 0);
  syscall(SYS_fsconfig, fs, FSCONFIG_SET_STRING, "size", "1m", 0);
  syscall(SYS_fsconfig, fs, FSCONFIG_SET_FLAG, "noswap", NULL, 0);
  syscall(SYS_read, fs, buf, sizeof buf);
  syscall(SYS_close, fs);
  return 0;
}
