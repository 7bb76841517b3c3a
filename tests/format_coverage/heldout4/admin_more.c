// Privileged calls that must fail: reboot with bad magic numbers, syslog's read actions with NULL and bad buffers (READ and READ_CLEAR only with NULL: they would consume or clear the log), sizes, unknown actions, uselib, lookup_dcookie.
#include <linux/reboot.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_reboot, 0, 0, 0, NULL);
  syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, 0x12345678, LINUX_REBOOT_CMD_CAD_OFF, NULL);
  syscall(SYS_reboot, 0xdeadbeef, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART2, "arg");
  syscall(SYS_reboot, 0x1234, LINUX_REBOOT_MAGIC2C, 0xabcdef, (void*)0xbad0000);
  syscall(SYS_reboot, -1, -1, -1, (void*)-1);
  syscall(SYS_syslog, 2, NULL, 10);
  syscall(SYS_syslog, 3, (void*)0xbad0000, 10);
  syscall(SYS_syslog, 3, NULL, 0);
  syscall(SYS_syslog, 3, NULL, -1);
  syscall(SYS_syslog, 4, NULL, 100);
  syscall(SYS_syslog, 10, NULL, 0);
  syscall(SYS_syslog, 11, NULL, 0);
  syscall(SYS_syslog, -1, NULL, 0);
  syscall(SYS_syslog, 8, NULL, 100);
  syscall(SYS_uselib, NULL);
  syscall(SYS_uselib, "/nonexistent-h4/lib.so");
  syscall(SYS_uselib, (void*)0xbad0000);
  syscall(SYS_lookup_dcookie, 0x1234567890ULL, NULL, 0);
  char b[16];
  syscall(SYS_lookup_dcookie, -1L, b, sizeof b);
  return 0;
}
