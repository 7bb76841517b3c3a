// The futex2 calls newer than strace 6.1 (futex_wake, futex_wait, futex_requeue), printed by number with six hex arguments (all six passed): a wake with nobody waiting, a wait whose value differs (EAGAIN), a wait with a bad size flag, a requeue of two futexes, a bad address; map_shadow_stack failing.
#define _GNU_SOURCE
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  static unsigned int f1 = 5, f2 = 0;
  syscall(454, &f1, 0xffffffffUL, 1, 2 | 128, 0, 0);
  syscall(455, &f1, 7, 0xffffffffUL, 2 | 128, 0, 1);
  syscall(455, &f1, 5, 0xffffffffUL, 3, 0, 1);
  struct { unsigned long long val, uaddr; unsigned flags, rsvd; } w[2] = {{5, (unsigned long)&f1, 2 | 128, 0}, {0, (unsigned long)&f2, 2 | 128, 0}};
  syscall(456, w, 0, 1, 1, 0, 0);
  syscall(454, 0xbad0000, 0xffffffffUL, 1, 2, 0, 0);
  syscall(453, 0, 4096, 0, 0, 0, 0);
  return 0;
}
