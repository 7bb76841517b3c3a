// sched_setaffinity and sched_getaffinity with sizes not a multiple of 8 and larger than the kernel's mask, masks with only impossible CPUs.
#define _GNU_SOURCE
#include <sched.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  unsigned char m[512], all[512], hi[16];
  memset(m, 0, sizeof m);
  memset(all, 0xff, sizeof all);
  memset(hi, 0, sizeof hi);
  hi[15] = 0x80;
  const unsigned long get_sizes[] = {9, 12, 512, 7};
  for (int i = 0; i < 4; i++) syscall(SYS_sched_getaffinity, 0, get_sizes[i], m);
  syscall(SYS_sched_getaffinity, -1, 8, m);
  const unsigned long set_sizes[] = {1, 3, 12, 512};
  for (int i = 0; i < 4; i++) syscall(SYS_sched_setaffinity, 0, set_sizes[i], all);
  syscall(SYS_sched_setaffinity, 0, 16, hi);
  syscall(SYS_sched_setaffinity, 0, 0, all);
  syscall(SYS_sched_setaffinity, 0, 128, all);
  syscall(SYS_sched_setaffinity, 0, 8, NULL);
  return 0;
}
