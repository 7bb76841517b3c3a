// preadv2, pwritev2: RWF flags, unknown flag bits, offset -1, bad fds.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
int main(void) {
  int f = open("/tmp/lzp-h3-rw2", O_RDWR | O_CREAT | O_TRUNC, 0600);
  struct iovec w[2] = {{"abc", 3}, {"defg", 4}};
  syscall(SYS_pwritev2, f, w, 2, 0, 0, RWF_DSYNC | RWF_HIPRI);
  syscall(SYS_pwritev2, f, w, 1, -1, 0, RWF_APPEND);
  syscall(SYS_pwritev2, f, w, 1, 0, 0, 0x100);
  char a[4], b[8];
  struct iovec r[2] = {{a, 4}, {b, 8}};
  syscall(SYS_preadv2, f, r, 2, 0, 0, RWF_NOWAIT);
  syscall(SYS_preadv2, f, r, 2, 1, 0, RWF_SYNC | 0x40);
  syscall(SYS_preadv2, -1, r, 2, 0, 0, 0);
  close(f);
  unlink("/tmp/lzp-h3-rw2");
  return 0;
}
