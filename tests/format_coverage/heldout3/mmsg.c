// sendmmsg, recvmmsg: two datagrams on a socketpair, a timeout, MSG flags, a bad vector and length.
#define _GNU_SOURCE
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
int main(void) {
  int sv[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
  struct iovec v1 = {"one", 3}, v2 = {"second", 6};
  struct mmsghdr m[2]; memset(m, 0, sizeof m);
  m[0].msg_hdr.msg_iov = &v1; m[0].msg_hdr.msg_iovlen = 1;
  m[1].msg_hdr.msg_iov = &v2; m[1].msg_hdr.msg_iovlen = 1;
  sendmmsg(sv[0], m, 2, MSG_DONTWAIT);
  char a[8], b[8];
  struct iovec r1 = {a, 8}, r2 = {b, 8};
  struct mmsghdr n[2]; memset(n, 0, sizeof n);
  n[0].msg_hdr.msg_iov = &r1; n[0].msg_hdr.msg_iovlen = 1;
  n[1].msg_hdr.msg_iov = &r2; n[1].msg_hdr.msg_iovlen = 1;
  struct timespec ts = {1, 0};
  recvmmsg(sv[1], n, 2, MSG_WAITFORONE, &ts);
  recvmmsg(sv[1], n, 2, MSG_DONTWAIT, NULL);
  sendmmsg(-1, m, 2, 0);
  sendmmsg(sv[0], (void*)0xbad0000, 1, 0);
  recvmmsg(sv[1], n, 0, MSG_DONTWAIT | 0x80000000, NULL);
  return 0;
}
