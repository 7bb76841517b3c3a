// splice family with extreme arguments: offset pointers bad and negative, all flag bits, huge lengths, copy_file_range flags, sendfile offsets.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
int main(void) {
  int f = open("/tmp/lzp-h4-splice", O_RDWR | O_CREAT | O_TRUNC, 0600);
  write(f, "0123456789", 10);
  int p[2], q[2];
  pipe(p);
  pipe(q);
  loff_t off = -1;
  syscall(SYS_splice, f, &off, p[1], NULL, 4, 0);
  off = 2;
  syscall(SYS_splice, f, &off, p[1], NULL, 4, SPLICE_F_MOVE | SPLICE_F_NONBLOCK | SPLICE_F_MORE | SPLICE_F_GIFT);
  syscall(SYS_splice, f, (void*)0xbad0000, p[1], NULL, 4, 0);
  syscall(SYS_splice, p[0], NULL, q[1], NULL, ~0UL, 0xfff0);
  syscall(SYS_tee, p[0], q[1], 1UL << 40, SPLICE_F_NONBLOCK);
  syscall(SYS_tee, q[0], q[0], 1, 0);
  struct iovec v[2] = {{"ab", 2}, {(void*)0xbad0000, 3}};
  syscall(SYS_vmsplice, q[1], v, 2, SPLICE_F_GIFT);
  syscall(SYS_vmsplice, q[1], v, 0, 0);
  syscall(SYS_vmsplice, f, v, 1, 0x10);
  loff_t in = 0, out = 5;
  syscall(SYS_copy_file_range, f, &in, f, &out, 3, 0);
  syscall(SYS_copy_file_range, f, &in, f, &out, 3, 1);
  syscall(SYS_copy_file_range, f, NULL, f, NULL, ~0UL >> 1, 0);
  syscall(SYS_copy_file_range, f, (void*)0xbad0000, f, &out, 1, 0);
  off = -5;
  syscall(SYS_sendfile, p[1], f, &off, 4);
  off = 0;
  syscall(SYS_sendfile, p[1], f, &off, 0);
  syscall(SYS_sendfile, p[1], f, (void*)0xbad0000, 4);
  syscall(SYS_sendfile, f, p[0], NULL, 1UL << 62);
  unlink("/tmp/lzp-h4-splice");
  return 0;
}
