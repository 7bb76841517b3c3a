// futex_waitv with a mismatching value (EAGAIN), bad flags, bad pointers.
#include <linux/futex.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#ifndef SYS_futex_waitv
#define SYS_futex_waitv 449
#endif
struct fw { uint64_t val, uaddr; uint32_t flags, reserved; };
int main(void) {
  uint32_t word = 1, word2 = 3; struct fw w[2];
  memset(w, 0, sizeof w);
  w[0].val = 0; w[0].uaddr = (uintptr_t)&word; w[0].flags = 2 /* FUTEX2_SIZE_U32 */ | 128;
  w[1].val = 3; w[1].uaddr = (uintptr_t)&word2; w[1].flags = 2;
  syscall(SYS_futex_waitv, w, 2, 0, NULL, 1 /* CLOCK_MONOTONIC */);
  syscall(SYS_futex_waitv, w, 1, 1, NULL, 1);
  syscall(SYS_futex_waitv, (void*)0xbad0000, 1, 0, NULL, 1);
  syscall(SYS_futex_waitv, w, 0, 0, NULL, 1);
  w[0].flags = 0xffffffff; syscall(SYS_futex_waitv, w, 1, 0, NULL, 1);
  return 0;
}
