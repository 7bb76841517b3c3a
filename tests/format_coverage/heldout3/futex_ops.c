// futex operations: WAKE, WAIT with a wrong value, WAIT_BITSET with CLOCK_REALTIME, CMP_REQUEUE, WAKE_OP, LOCK_PI, an unknown op.
#include <linux/futex.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
int main(void) {
  static uint32_t f = 1, g = 0;
  struct timespec ts = {0, 1000};
  syscall(SYS_futex, &f, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, 1, NULL, NULL, 0);
  syscall(SYS_futex, &f, FUTEX_WAIT, 0, &ts, NULL, 0);
  syscall(SYS_futex, &f, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 0, &ts, NULL, 0xff);
  syscall(SYS_futex, &f, FUTEX_CMP_REQUEUE_PRIVATE, 1, 2, &g, 1);
  syscall(SYS_futex, &f, FUTEX_CMP_REQUEUE, 1, 2, &g, 7);
  syscall(SYS_futex, &f, FUTEX_WAKE_OP, 1, 1, &g, FUTEX_OP(FUTEX_OP_ADD, 1, FUTEX_OP_CMP_GT, 0));
  syscall(SYS_futex, &g, FUTEX_LOCK_PI_PRIVATE, 0, NULL, NULL, 0);
  syscall(SYS_futex, &g, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
  syscall(SYS_futex, &f, 99, 0, NULL, NULL, 0);
  syscall(SYS_futex, (void*)0xbad0000, FUTEX_WAIT, 1, NULL, NULL, 0);
  return 0;
}
