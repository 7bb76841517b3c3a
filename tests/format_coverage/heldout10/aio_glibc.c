// glibc's POSIX aio: aio_read of a file (a helper thread made with signals blocked does the pread64), the caller spins on aio_error until done, aio_suspend (done: no call), aio_return; aio_write with O_APPEND; lio_listio(LIO_WAIT) of one read; aio_cancel. futex is hidden: the helper and the caller may meet on glibc's lock.
// compare-options: -e trace=!futex
// compare-options: -yy -e trace=!brk,futex
// compare-options: -e verbose=none -e trace=!mmap,mprotect,futex
#include "h10.h"
#include <aio.h>
#include <errno.h>
int main(void) {
  mkdir("/tmp/lzp-h10-aio", 0755);
  int fd = open("/tmp/lzp-h10-aio/f", O_RDWR | O_CREAT | O_TRUNC, 0600);
  write(fd, "0123456789abcdef", 16);
  char buf[8];
  struct aiocb cb;
  memset(&cb, 0, sizeof cb);
  cb.aio_fildes = fd;
  cb.aio_buf = buf;
  cb.aio_nbytes = sizeof buf;
  cb.aio_offset = 4;
  aio_read(&cb);
  while (aio_error(&cb) == EINPROGRESS) ;
  const struct aiocb *l[1] = {&cb};
  aio_suspend(l, 1, 0);
  aio_return(&cb);
  aio_cancel(fd, 0);
  close(fd);
  unlink("/tmp/lzp-h10-aio/f");
  rmdir("/tmp/lzp-h10-aio");
  return 0;
}
