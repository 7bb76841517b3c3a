// close_range: whole ranges, CLOEXEC and UNSHARE flags, unknown bits, first above last.
#define _GNU_SOURCE
#include <linux/close_range.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  dup2(0, 20); dup2(0, 21);
  syscall(SYS_close_range, 20, 20, CLOSE_RANGE_CLOEXEC);
  syscall(SYS_close_range, 20, ~0U, CLOSE_RANGE_UNSHARE | CLOSE_RANGE_CLOEXEC);
  syscall(SYS_close_range, 5, 4, 0);
  syscall(SYS_close_range, 0, 10, 0x80);
  syscall(SYS_close_range, 21, ~0U, 0);
  return 0;
}
