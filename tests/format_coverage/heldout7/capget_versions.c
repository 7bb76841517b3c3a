// capget/capset answers: versions 1, 2 and 3 for the program (pid 0 and its own pid), an unknown version (the kernel writes its preferred version back), a NULL data pointer (version query), capset of the same sets back and of a set with bits it does not hold in its bounding set; default and -v.
// compare-options:
// compare-options: -v
#define _GNU_SOURCE
#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct __user_cap_header_struct h;
  struct __user_cap_data_struct d[2];
  h.version = _LINUX_CAPABILITY_VERSION_1;
  h.pid = 0;
  syscall(SYS_capget, &h, d);
  h.version = _LINUX_CAPABILITY_VERSION_2;
  syscall(SYS_capget, &h, d);
  h.version = _LINUX_CAPABILITY_VERSION_3;
  syscall(SYS_capget, &h, d);
  h.version = 0x12345678;
  syscall(SYS_capget, &h, d);
  h.version = 0;
  syscall(SYS_capget, &h, 0);
  h.version = _LINUX_CAPABILITY_VERSION_3;
  h.pid = 0;
  syscall(SYS_capget, &h, d);
  syscall(SYS_capset, &h, d);
  d[0].inheritable = 0;
  d[1].inheritable = 0;
  d[0].effective = 0;
  syscall(SYS_capset, &h, d);
  syscall(SYS_capget, &h, d);
  h.pid = -1;
  syscall(SYS_capget, &h, d);
  return 0;
}
