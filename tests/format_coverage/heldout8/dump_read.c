// Hex dumps of read data (-e read=SET): read, pread64, readv, recvfrom and recvmsg of short, 16-byte, 17-byte and longer binary data, an eventfd counter, a read at end of file and a failing read; every fd, one fd, and every fd under -xx.
// compare-options: -e read=all
// compare-options: -e read=3
// compare-options: -e read=all -xx
#define _GNU_SOURCE
#include <string.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
int main(void) {
  int p[2], s[2];
  syscall(SYS_pipe2, p, 0);                           /* 3, 4 */
  syscall(SYS_socketpair, AF_UNIX, SOCK_DGRAM, 0, s); /* 5, 6 */
  unsigned char buf[64], in[64];
  for (int i = 0; i < 64; i++) buf[i] = (unsigned char)(255 - i * 11);
  memcpy(buf + 40, "line\none\ttab", 12);
  syscall(SYS_write, 4, buf, 64);
  syscall(SYS_read, 3, in, 1);
  syscall(SYS_read, 3, in, 16);
  syscall(SYS_read, 3, in, 17);
  struct iovec iov[2] = {{in, 7}, {in + 7, 40}};
  syscall(SYS_readv, 3, iov, 2);
  syscall(SYS_close, 4);
  syscall(SYS_read, 3, in, 8);
  syscall(SYS_read, 3, (void *)0xbad0000, 8);
  int e = syscall(SYS_eventfd2, 0, 0);                /* 4 */
  unsigned long long v = 0x0102030405;
  syscall(SYS_write, e, &v, 8);
  syscall(SYS_read, e, in, 8);
  int m = syscall(SYS_memfd_create, "dump", 0);       /* 7 */
  syscall(SYS_write, m, buf, 48);
  syscall(SYS_pread64, m, in, 20, 10);
  syscall(SYS_sendto, 6, buf + 30, 33, 0, NULL, 0);
  syscall(SYS_recvfrom, 5, in, 64, 0, NULL, NULL);
  syscall(SYS_sendto, 6, buf, 21, 0, NULL, 0);
  struct msghdr mh;
  memset(&mh, 0, sizeof mh);
  mh.msg_iov = iov;
  mh.msg_iovlen = 2;
  syscall(SYS_recvmsg, 5, &mh, 0);
  return 0;
}
