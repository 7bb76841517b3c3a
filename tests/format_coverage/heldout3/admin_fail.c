// acct, swapon, swapoff, pivot_root, chroot, setdomainname, syslog: calls that fail on purpose (run as root safely).
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_acct, "/nonexistent-h3/acct");
  syscall(SYS_acct, (void*)0xbad0000);
  syscall(SYS_swapon, "/nonexistent-h3/swap", 0x8000 | 5);
  syscall(SYS_swapon, "/nonexistent-h3/swap", 0x30000);
  syscall(SYS_swapoff, "/nonexistent-h3/swap");
  syscall(SYS_pivot_root, "/nonexistent-h3/a", "/nonexistent-h3/b");
  syscall(SYS_chroot, "/nonexistent-h3");
  syscall(SYS_setdomainname, (void*)0xbad0000, 5);
  syscall(SYS_setdomainname, "x", 100);
  syscall(SYS_sethostname, "x", -1);
  syscall(SYS_syslog, 10, NULL, 0);
  syscall(SYS_syslog, 99, NULL, 0);
  syscall(SYS_syslog, 3, (void*)0xbad0000, -1);
  return 0;
}
