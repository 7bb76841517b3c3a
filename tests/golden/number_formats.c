/* Golden program: which numbers strace prints in hex, unsigned or signed.
 * ioperm's range in hex; the fraction of a timespec or timeval unsigned (a
 * negative tv_nsec shows as its 64-bit unsigned value); setsockopt's optlen
 * signed (a negative one leaves the value as an address); futex_waitv's
 * flags in hex; lengths and offsets as the kernel types them. Every call
 * fails (bad fd, bad path, bad value), so the program changes nothing. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/futex.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define HI 0xdefaced00000000UL
#define BAD_PATH "/nonexistent-lzptrace-golden/x"

int main(void) {
  syscall(SYS_ioperm, 0xdeafbeefffffffffUL, 1UL, 0UL);
  syscall(SYS_ioperm, 0x3f8UL, 8UL, HI);
  struct timespec bad = {1, (long)0xbadc0dedbadc0dedUL}, negative = {-1, -1};
  syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &bad, 0);
  syscall(SYS_clock_nanosleep, CLOCK_REALTIME, TIMER_ABSTIME, &negative, 0);
  syscall(SYS_clock_settime, CLOCK_MONOTONIC, &bad);
  syscall(SYS_nanosleep, &negative, 0);
  struct timeval times[2] = {{1, (long)0xbadc0dedbadc0dedUL}, {-1, -1}};
  syscall(SYS_futimesat, AT_FDCWD, BAD_PATH, times);
  syscall(SYS_utimes, BAD_PATH, times);
  syscall(SYS_settimeofday, times, 0);
  int one = 1;
  syscall(SYS_setsockopt, -1, SOL_SOCKET, SO_REUSEADDR, &one, HI | 0xffffffffUL);
  syscall(SYS_setsockopt, -1, SOL_SOCKET, SO_REUSEADDR, &one, HI | 4);
  syscall(SYS_getsockopt, -1, SOL_SOCKET, SO_REUSEADDR, &one, 0UL);
  syscall(SYS_futex_waitv, 0UL, HI | 0xffffffffUL, HI | 0xffffffffUL, 0UL, HI | 0xffffffffUL);
  syscall(SYS_futex_waitv, 0UL, 1UL, HI | 0x82, 0UL, CLOCK_MONOTONIC);
  syscall(SYS_sched_rr_get_interval, HI | 0xffffffffUL, 0UL);
  syscall(SYS_lseek, -1, 0x8000000000000000UL, HI | SEEK_CUR);
  syscall(SYS_pread64, -1, 0UL, -1L, -1L);
  syscall(SYS_readahead, -1, -1L, -1L);
  syscall(SYS_fadvise64, -1, -1L, -1L, HI | 4);
  syscall(SYS_truncate, BAD_PATH, -1L);
  syscall(SYS_ftruncate, -1, -1L);
  /* The positioned iovec calls take the offset in two registers (low, high)
   * and print one; mremap's new_address is read only with MREMAP_FIXED. */
  syscall(SYS_preadv, -1, 0UL, 1UL, -1L, HI);
  syscall(SYS_pwritev, -1, 0UL, HI | 1, 5L, 0UL);
  syscall(SYS_preadv2, -1, 0UL, 1UL, 0L, 0UL, 0UL);
  syscall(SYS_pwritev2, -1, 0UL, 1UL, -1L, HI, 0UL);
  syscall(SYS_mremap, 0UL, 0UL, 0UL, 0UL, 0x1000UL);
  syscall(SYS_mremap, 0UL, 0UL, 0UL, 3UL, 0x1001UL);
  syscall(SYS_mremap, 0UL, 4096UL, 8192UL, 1UL, 0UL);
  syscall(SYS_exit_group, 0);
}
