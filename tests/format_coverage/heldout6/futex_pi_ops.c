// futex operations no earlier set tried: FUTEX_TRYLOCK_PI, FUTEX_WAIT_REQUEUE_PI and FUTEX_CMP_REQUEUE_PI (failing), FUTEX_CLOCK_REALTIME on ops that refuse it, every FUTEX_WAKE_OP operation and comparison with OPARG_SHIFT, and unknown commands with the private flag.
#define _GNU_SOURCE
#include <linux/futex.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#define BAD 0xbad0000UL
int main(void) {
  static uint32_t f = 0, g = 0;
  struct timespec ts = {0, 1};
  syscall(SYS_futex, &f, FUTEX_TRYLOCK_PI, 0, 0, 0, 0);
  syscall(SYS_futex, &f, FUTEX_UNLOCK_PI, 0, 0, 0, 0);
  syscall(SYS_futex, &f, FUTEX_TRYLOCK_PI | FUTEX_PRIVATE_FLAG, 0, 0, 0, 0);
  syscall(SYS_futex, &f, FUTEX_UNLOCK_PI | FUTEX_PRIVATE_FLAG, 0, 0, 0, 0);
  syscall(SYS_futex, &f, FUTEX_WAIT_REQUEUE_PI, 1, &ts, &g, 0);
  syscall(SYS_futex, &f, FUTEX_WAIT_REQUEUE_PI | FUTEX_CLOCK_REALTIME, 0, &ts, &f, 0);
  syscall(SYS_futex, &f, FUTEX_CMP_REQUEUE_PI, 1, 5, &g, 7);
  syscall(SYS_futex, &f, FUTEX_CMP_REQUEUE_PI_PRIVATE, 1, 0, &f, 0);
  syscall(SYS_futex, &f, FUTEX_WAKE | FUTEX_CLOCK_REALTIME, 1, 0, 0, 0);
  syscall(SYS_futex, &f, FUTEX_WAKE_BITSET | FUTEX_PRIVATE_FLAG, 1, 0, 0, 0);
  for (int op = 0; op < 6; op++)
    syscall(SYS_futex, &f, FUTEX_WAKE_OP_PRIVATE, 1, 1, &g, FUTEX_OP(op, 0xfff, op, 0xfff));
  syscall(SYS_futex, &f, FUTEX_WAKE_OP, 1, 1, &g, FUTEX_OP(FUTEX_OP_OPARG_SHIFT | FUTEX_OP_ADD, 3, FUTEX_OP_CMP_GT, 1));
  syscall(SYS_futex, &f, FUTEX_WAKE_OP, 1, 1, &g, 0xffffffff);
  syscall(SYS_futex, &f, FUTEX_WAKE_OP, 1, 1, BAD, 0);
  syscall(SYS_futex, &f, FUTEX_WAIT_BITSET, 1, &ts, 0, 0);
  syscall(SYS_futex, &f, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 0, BAD, 0, 0xffffffff);
  syscall(SYS_futex, &f, 13 | FUTEX_PRIVATE_FLAG, 0, 0, 0, 0);
  syscall(SYS_futex, &f, 127, 0, 0, 0, 0);
  syscall(SYS_futex, BAD, FUTEX_LOCK_PI2, 0, 0, 0, 0);
  syscall(SYS_futex, &f, FUTEX_FD, 0, 0, 0, 0);
  return 0;
}
