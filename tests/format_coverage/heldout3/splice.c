// splice, tee, vmsplice, copy_file_range, sendfile: pipes and a file, bad fds, unknown flags, offsets.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/sendfile.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
int main(void) {
  int a[2], b[2];
  pipe(a); pipe(b);
  int f = open("/tmp/lzp-h3-splice", O_RDWR | O_CREAT | O_TRUNC, 0600);
  write(f, "hello splice", 12);
  loff_t off = 0;
  syscall(SYS_splice, f, &off, a[1], NULL, 12, SPLICE_F_MOVE | SPLICE_F_MORE);
  syscall(SYS_tee, a[0], b[1], 5, SPLICE_F_NONBLOCK);
  syscall(SYS_tee, -1, b[1], 5, 0x80);
  struct iovec v[2] = {{"ab", 2}, {"cde", 3}};
  syscall(SYS_vmsplice, a[1], v, 2, SPLICE_F_GIFT);
  syscall(SYS_vmsplice, a[1], (void*)0xbad0000, 2, 0);
  syscall(SYS_splice, -1, NULL, a[1], NULL, 1, 0xff);
  loff_t i = 0, o = 100;
  syscall(SYS_copy_file_range, f, &i, f, &o, 12, 0);
  syscall(SYS_copy_file_range, f, NULL, f, NULL, 4, 1);
  syscall(SYS_copy_file_range, -1, (void*)0xbad0000, f, NULL, (size_t)-1, 0);
  off_t so = 2;
  syscall(SYS_sendfile, b[1], f, &so, 4);
  syscall(SYS_sendfile, b[1], f, NULL, 0);
  syscall(SYS_sendfile, -1, f, (void*)0xbad0000, 4);
  unlink("/tmp/lzp-h3-splice");
  return 0;
}
