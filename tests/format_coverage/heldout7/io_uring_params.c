// io_uring_setup's params on success (sq_off/cq_off/features written back) with no flags, IORING_SETUP_CLAMP with a huge entry count, CQSIZE; io_uring_enter with to_submit 0 and GETEVENTS, SQ_WAKEUP and unknown flags, an EXT_ARG with a bad size; io_uring_register PROBE and REGISTER_FILES/UNREGISTER_FILES; default and -v.
// compare-options:
// compare-options: -v
#define _GNU_SOURCE
#include <linux/io_uring.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct io_uring_params p;
  memset(&p, 0, sizeof p);
  int r = syscall(SYS_io_uring_setup, 4, &p);
  memset(&p, 0, sizeof p);
  p.flags = IORING_SETUP_CLAMP;
  int r2 = syscall(SYS_io_uring_setup, 100000, &p);
  memset(&p, 0, sizeof p);
  p.flags = IORING_SETUP_CQSIZE;
  p.cq_entries = 64;
  int r3 = syscall(SYS_io_uring_setup, 8, &p);
  syscall(SYS_io_uring_enter, r, 0, 0, 0, 0, 0);
  syscall(SYS_io_uring_enter, r, 0, 0, IORING_ENTER_GETEVENTS, 0, 8);
  syscall(SYS_io_uring_enter, r, 0, 0, IORING_ENTER_SQ_WAKEUP, 0, 0);
  syscall(SYS_io_uring_enter, r, 0, 0, 0x80, 0, 0);
  syscall(SYS_io_uring_enter, r, 0, 1, IORING_ENTER_GETEVENTS | IORING_ENTER_EXT_ARG, 0xbad0000UL, 3);
  char probe[sizeof(struct io_uring_probe) + 4 * sizeof(struct io_uring_probe_op)];
  memset(probe, 0, sizeof probe);
  syscall(SYS_io_uring_register, r, IORING_REGISTER_PROBE, probe, 4);
  int fds[2] = {0, -1};
  syscall(SYS_io_uring_register, r, IORING_REGISTER_FILES, fds, 2);
  syscall(SYS_io_uring_register, r, IORING_UNREGISTER_FILES, 0, 0);
  close(r);
  close(r2);
  close(r3);
  return 0;
}
