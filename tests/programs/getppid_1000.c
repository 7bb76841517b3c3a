/* Makes exactly 1000 getppid syscalls, alternating the libc wrapper and
 * syscall(2) (two different call sites), then prints how many it made and
 * whether they all agreed. */
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
  long first = getppid(), same = 0;
  for (int i = 0; i < 999; ++i) same += ((i % 2) ? getppid() : syscall(SYS_getppid)) == first;
  printf("made 1000 getppid calls, %s\n", same == 999 ? "all agreed" : "they disagreed");
  return 0;
}
