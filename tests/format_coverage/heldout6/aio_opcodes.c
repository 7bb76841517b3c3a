// Linux AIO with the iocb forms no earlier set tried: IOCB_CMD_PREADV/PWRITEV with iovec arrays, FSYNC, FDSYNC, POLL, NOOP and an unknown opcode, IOCB_FLAG_RESFD with an eventfd, IOCB_FLAG_IOPRIO, aio_rw_flags, a bad iocb pointer in the array, counts 0 and -1 (each completion awaited before the next submission, so their order is fixed); io_setup with 0 and huge counts; io_getevents with min above nr and a bad timeout.
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>
#define BAD 0xbad0000UL
int main(void) {
  aio_context_t ctx = 0, bad = 0;
  syscall(SYS_io_setup, 0, &bad);
  syscall(SYS_io_setup, 0x7fffffff, &bad);
  syscall(SYS_io_setup, 8, BAD);
  syscall(SYS_io_setup, 8, &ctx);
  int fd = syscall(SYS_memfd_create, "aio", 0);
  int ev = eventfd(0, 0);
  char a[8] = "abcdefg", b[8];
  struct iovec iov[2] = {{a, 3}, {a + 3, 4}};
  struct iocb cb[7];
  memset(cb, 0, sizeof cb);
  cb[0].aio_lio_opcode = IOCB_CMD_PWRITEV; cb[0].aio_fildes = fd; cb[0].aio_buf = (unsigned long)iov; cb[0].aio_nbytes = 2;
  cb[1].aio_lio_opcode = IOCB_CMD_PREADV; cb[1].aio_fildes = fd; cb[1].aio_buf = (unsigned long)iov; cb[1].aio_nbytes = 2; cb[1].aio_offset = 1; cb[1].aio_flags = IOCB_FLAG_RESFD; cb[1].aio_resfd = ev;
  cb[2].aio_lio_opcode = IOCB_CMD_FSYNC; cb[2].aio_fildes = fd;
  cb[3].aio_lio_opcode = IOCB_CMD_FDSYNC; cb[3].aio_fildes = fd; cb[3].aio_reqprio = 3;
  cb[4].aio_lio_opcode = IOCB_CMD_PWRITE; cb[4].aio_fildes = fd; cb[4].aio_buf = (unsigned long)a; cb[4].aio_nbytes = 8; cb[4].aio_rw_flags = RWF_HIPRI | RWF_DSYNC | 0x100; cb[4].aio_flags = IOCB_FLAG_IOPRIO; cb[4].aio_reqprio = (2 << 13) | 4;
  cb[5].aio_lio_opcode = IOCB_CMD_NOOP; cb[5].aio_fildes = fd; cb[5].aio_data = 0xfeedface;
  cb[6].aio_lio_opcode = 99; cb[6].aio_fildes = fd; cb[6].aio_key = 1;
  struct io_event evs[8];
  struct timespec ts = {1, 0};
  static struct iocb* list[40];
  list[0] = &cb[0]; list[1] = &cb[1]; list[2] = &cb[2]; list[3] = &cb[3];
  for (int i = 0; i < 4; i++) {
    syscall(SYS_io_submit, ctx, 1, list + i);
    syscall(SYS_io_getevents, ctx, 1, 1, evs, &ts);
  }
  list[0] = &cb[4]; list[1] = &cb[5]; list[2] = &cb[6]; list[3] = (struct iocb*)BAD;
  syscall(SYS_io_submit, ctx, 1, list);
  syscall(SYS_io_submit, ctx, 1, list + 1);
  syscall(SYS_io_submit, ctx, 1, list + 2);
  syscall(SYS_io_submit, ctx, 1, list + 3);
  syscall(SYS_io_submit, ctx, 0, list);
  syscall(SYS_io_submit, ctx, -1, list);
  syscall(SYS_io_getevents, ctx, 1, 8, evs, &ts);
  syscall(SYS_io_getevents, ctx, 9, 8, evs, &ts);
  syscall(SYS_io_getevents, ctx, 0, 8, evs, BAD);
  syscall(SYS_io_destroy, ctx);
  syscall(SYS_io_destroy, ctx);
  return 0;
}
