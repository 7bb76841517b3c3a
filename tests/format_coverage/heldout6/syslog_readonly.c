// syslog actions that only read or fail: SYSLOG_ACTION_SIZE_BUFFER, READ_ALL with length 0, -1 and a NULL or bad buffer, READ with length 0 and a bad buffer, unknown actions and upper bits; nothing is cleared, read destructively or changed.
#define _GNU_SOURCE
#include <sys/syscall.h>
#include <unistd.h>
#define BAD 0xbad0000UL
int main(void) {
  char buf[16];
  syscall(SYS_syslog, 10, 0, 0);
  syscall(SYS_syslog, 10, BAD, 5);
  syscall(SYS_syslog, 3, buf, 0);
  syscall(SYS_syslog, 3, buf, -1);
  syscall(SYS_syslog, 3, 0, 16);
  syscall(SYS_syslog, 2, buf, 0);
  syscall(SYS_syslog, 2, 0, 16);
  syscall(SYS_syslog, 11, 0, 0);
  syscall(SYS_syslog, -1, 0, 0);
  syscall(SYS_syslog, 0x100000003UL, buf, 0);
  return 0;
}
