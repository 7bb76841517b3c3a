// preadv2/pwritev2 flags, process_vm_readv/writev, readahead, vmsplice, fanotify_init.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <linux/fs.h>
#include <sys/mman.h>
#include <unistd.h>
int main(void) {
  int fd = open("/dev/zero", O_RDONLY); char a[8], b[8]; struct iovec v[2] = {{a, 8}, {b, 8}};
  preadv2(fd, v, 2, 0, RWF_NOWAIT); preadv2(fd, v, 2, -1, 0xff); pwritev2(-1, v, 2, 0, RWF_APPEND | RWF_DSYNC);
  struct iovec r[1] = {{a, 8}}; process_vm_readv(getpid(), v, 1, r, 1, 0); process_vm_writev(-1, v, 1, r, 1, 1);
  readahead(fd, 0, 4096); syscall(SYS_vmsplice, -1, v, 2, SPLICE_F_GIFT); syscall(SYS_sendfile, -1, -1, NULL, 10);
  syscall(SYS_fanotify_init, 0xff, 0); syscall(SYS_open_by_handle_at, -1, NULL, 0);
  return 0;
}
