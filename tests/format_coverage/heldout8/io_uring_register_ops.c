// io_uring_register opcodes beyond files and probe: buffers (an iovec array) registered and unregistered, eventfd and async eventfd, a personality registered (its id returned) and unregistered, IOWQ max workers written back, IOWQ affinity, ring fds with offsets written back, a files update, restrictions and enable on an enabled ring, an unknown opcode.
#define _GNU_SOURCE
#include <linux/io_uring.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
int main(void) {
  struct io_uring_params p;
  memset(&p, 0, sizeof p);
  int r = syscall(SYS_io_uring_setup, 4, &p);
  static char b1[4096], b2[8192];
  struct iovec iov[2] = {{b1, sizeof b1}, {b2, sizeof b2}};
  syscall(SYS_io_uring_register, r, IORING_REGISTER_BUFFERS, iov, 2);
  syscall(SYS_io_uring_register, r, IORING_UNREGISTER_BUFFERS, NULL, 0);
  int e = syscall(SYS_eventfd2, 0, 0);
  syscall(SYS_io_uring_register, r, IORING_REGISTER_EVENTFD, &e, 1);
  syscall(SYS_io_uring_register, r, IORING_UNREGISTER_EVENTFD, NULL, 0);
  syscall(SYS_io_uring_register, r, IORING_REGISTER_EVENTFD_ASYNC, &e, 1);
  syscall(SYS_io_uring_register, r, IORING_UNREGISTER_EVENTFD, NULL, 0);
  int id = syscall(SYS_io_uring_register, r, IORING_REGISTER_PERSONALITY, NULL, 0);
  syscall(SYS_io_uring_register, r, IORING_UNREGISTER_PERSONALITY, NULL, id);
  unsigned w[2] = {0, 0};
  syscall(SYS_io_uring_register, r, IORING_REGISTER_IOWQ_MAX_WORKERS, w, 2);
  unsigned long cpus = 1;
  syscall(SYS_io_uring_register, r, IORING_REGISTER_IOWQ_AFF, &cpus, sizeof cpus);
  syscall(SYS_io_uring_register, r, IORING_UNREGISTER_IOWQ_AFF, NULL, 0);
  struct io_uring_rsrc_update up = {(unsigned)-1, 0, (unsigned long)r};
  syscall(SYS_io_uring_register, r, IORING_REGISTER_RING_FDS, &up, 1);
  syscall(SYS_io_uring_register, r, IORING_UNREGISTER_RING_FDS, &up, 1);
  int fds[2] = {-1, -1};
  syscall(SYS_io_uring_register, r, IORING_REGISTER_FILES, fds, 2);
  struct io_uring_files_update fu = {1, 0, (unsigned long)&e};
  syscall(SYS_io_uring_register, r, IORING_REGISTER_FILES_UPDATE, &fu, 1);
  struct io_uring_restriction rs[1];
  memset(rs, 0, sizeof rs);
  rs[0].opcode = IORING_RESTRICTION_SQE_OP;
  rs[0].sqe_op = IORING_OP_NOP;
  syscall(SYS_io_uring_register, r, IORING_REGISTER_RESTRICTIONS, rs, 1);
  syscall(SYS_io_uring_register, r, IORING_REGISTER_ENABLE_RINGS, NULL, 0);
  syscall(SYS_io_uring_register, r, 99, NULL, 0);
  syscall(SYS_close, r);
  return 0;
}
