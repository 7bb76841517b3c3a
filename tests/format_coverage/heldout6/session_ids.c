// Sessions and process groups of the program itself: getpgrp, setsid (succeeds when it is not a group leader), setsid again (refused), getsid of 0, -1, INT_MAX and 1, setpgid of a session leader, with a negative group and of a missing process, getpgid of INT_MIN.
#define _GNU_SOURCE
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_getpgrp);
  syscall(SYS_setsid);
  syscall(SYS_setsid);
  syscall(SYS_getsid, 0);
  syscall(SYS_getsid, -1);
  syscall(SYS_getsid, 0x7fffffff);
  syscall(SYS_getpgrp);
  syscall(SYS_setpgid, 0, 0);
  syscall(SYS_setpgid, 0, -1);
  syscall(SYS_setpgid, 0x7fffffff, 0);
  syscall(SYS_getpgid, 0x80000000);
  syscall(SYS_getpgid, 0);
  return 0;
}
