// sched_getaffinity, sched_setaffinity: sizes below, at and above the kernel's mask, an empty mask, bad pointers and pids.
#define _GNU_SOURCE
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  unsigned long m[16] = {0};
  syscall(SYS_sched_getaffinity, 0, sizeof m, m);
  syscall(SYS_sched_getaffinity, 0, 8, m);
  syscall(SYS_sched_getaffinity, 0, 3, m);
  syscall(SYS_sched_getaffinity, 0, 0, m);
  syscall(SYS_sched_getaffinity, 999999, 8, m);
  syscall(SYS_sched_getaffinity, 0, 8, (void*)0xbad0000);
  syscall(SYS_sched_setaffinity, 0, 8, m);
  unsigned long z[1] = {0};
  syscall(SYS_sched_setaffinity, 0, 8, z);
  syscall(SYS_sched_setaffinity, 0, 8, (void*)0xbad0000);
  return 0;
}
