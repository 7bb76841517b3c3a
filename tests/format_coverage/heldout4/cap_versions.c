// capget and capset by header version (v1, v2, v3, unknown), NULL data to query the version, other pids, bad pointers.
#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_1, 0};
  struct __user_cap_data_struct d[2];
  syscall(SYS_capget, &h, d);
  h.version = _LINUX_CAPABILITY_VERSION_2;
  syscall(SYS_capget, &h, d);
  h.version = _LINUX_CAPABILITY_VERSION_3;
  syscall(SYS_capget, &h, d);
  syscall(SYS_capget, &h, NULL);
  h.version = 0x12345678;
  syscall(SYS_capget, &h, d);
  h.version = 0;
  syscall(SYS_capget, &h, NULL);
  h.version = _LINUX_CAPABILITY_VERSION_3;
  h.pid = 999999;
  syscall(SYS_capget, &h, d);
  h.pid = -1;
  syscall(SYS_capget, &h, d);
  syscall(SYS_capget, (void*)0xbad0000, d);
  syscall(SYS_capget, &h, (void*)0xbad0000);
  h.pid = 1;
  d[0].effective = d[0].permitted = d[0].inheritable = 0x1;
  d[1].effective = d[1].permitted = d[1].inheritable = 0x80000000;
  syscall(SYS_capset, &h, d);
  h.version = 0xdead;
  h.pid = 0;
  syscall(SYS_capset, &h, d);
  h.version = _LINUX_CAPABILITY_VERSION_1;
  syscall(SYS_capset, &h, (void*)0xbad0000);
  syscall(SYS_capset, NULL, NULL);
  return 0;
}
