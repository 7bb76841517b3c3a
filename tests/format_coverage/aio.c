// Linux AIO: io_setup, io_submit of a read, io_getevents, io_cancel, io_destroy, bad args.
#include <linux/aio_abi.h>
#include <fcntl.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
int main(void) {
  aio_context_t ctx = 0; char buf[16]; struct iocb cb; struct iocb* cbs[1] = {&cb}; struct io_event ev[2];
  int fd = open("/dev/zero", O_RDONLY);
  syscall(SYS_io_setup, 4, &ctx);
  memset(&cb, 0, sizeof cb); cb.aio_fildes = fd; cb.aio_lio_opcode = IOCB_CMD_PREAD; cb.aio_buf = (unsigned long)buf; cb.aio_nbytes = sizeof buf;
  syscall(SYS_io_submit, ctx, 1, cbs);
  struct timespec ts = {1, 0};
  syscall(SYS_io_getevents, ctx, 1, 2, ev, &ts);
  ts.tv_sec = 0; syscall(SYS_io_getevents, ctx, 0, 2, ev, &ts);
  syscall(SYS_io_getevents, ctx, 1, 2, (void*)0xbad0000, &ts);
  syscall(SYS_io_getevents, 0, 1, 2, ev, NULL);
  syscall(SYS_io_cancel, ctx, &cb, ev);
  syscall(SYS_io_destroy, ctx); syscall(SYS_io_destroy, 0);
  return 0;
}
