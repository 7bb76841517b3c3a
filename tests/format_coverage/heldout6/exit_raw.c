// The raw exit syscall of the last thread with a status beyond 8 bits: strace prints the argument as the kernel's int, and the exit status the parent sees is its low byte. Before it, exit_group's number is not used; a few calls with unused arguments set.
#define _GNU_SOURCE
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_getppid, 1, 2, 3, 4, 5, 6);
  syscall(SYS_sched_yield, -1);
  syscall(SYS_exit, 0xfffffeff12345678UL);
  return 0;
}
