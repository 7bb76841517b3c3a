// iopl and ioperm with bad levels and ranges (no success), restart_syscall called directly, set_tid_address with NULL and bad pointers.
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_iopl, 4);
  syscall(SYS_iopl, -1);
  syscall(SYS_iopl, 0xffffffff00000003UL);
  syscall(SYS_ioperm, 0x10000, 1, 1);
  syscall(SYS_ioperm, 0x3f8, 0x10000, 1);
  syscall(SYS_ioperm, -1L, 8, 0);
  syscall(SYS_ioperm, 0x80, 0, 7);
  syscall(SYS_restart_syscall);
  syscall(SYS_restart_syscall, 1, 2, 3);
  syscall(SYS_set_tid_address, NULL);
  syscall(SYS_set_tid_address, (void*)0xbad0000);
  return 0;
}
