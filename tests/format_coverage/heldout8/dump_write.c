// Hex dumps of written data (-e write=SET): write, pwrite64, writev, sendto and sendmsg of 0, 1, 16, 17 and 40 bytes of binary data, a faulting buffer and a bad fd; every fd, one fd, and two fds under -x.
// compare-options: -e write=all
// compare-options: -e write=4
// compare-options: -e write=5,7 -x
#define _GNU_SOURCE
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
int main(void) {
  int p[2], s[2];
  syscall(SYS_pipe2, p, 0);                       /* 3, 4 */
  syscall(SYS_socketpair, AF_UNIX, SOCK_DGRAM, 0, s); /* 5, 6 */
  unsigned char buf[64];
  for (int i = 0; i < 64; i++) buf[i] = (unsigned char)(i * 37 + 9);
  memcpy(buf + 20, "hello, world", 12);
  syscall(SYS_write, 4, "", 0);
  syscall(SYS_write, 4, "A", 1);
  syscall(SYS_write, 4, buf, 16);
  syscall(SYS_write, 4, buf, 17);
  syscall(SYS_write, 4, buf, 40);
  syscall(SYS_write, 4, (void *)0xbad0000, 8);
  syscall(SYS_write, 99, buf, 4);
  int m = syscall(SYS_memfd_create, "dump", 0);   /* 7 */
  syscall(SYS_pwrite64, m, buf + 3, 20, 5);
  struct iovec iov[3] = {{buf, 5}, {buf + 5, 0}, {buf + 30, 11}};
  syscall(SYS_writev, 4, iov, 3);
  syscall(SYS_writev, m, iov, 3);
  syscall(SYS_sendto, 5, buf + 8, 18, 0, NULL, 0);
  struct msghdr mh;
  memset(&mh, 0, sizeof mh);
  mh.msg_iov = iov;
  mh.msg_iovlen = 3;
  syscall(SYS_sendmsg, 5, &mh, 0);
  return 0;
}
