// What receives write back: recvfrom with the sender's AF_UNIX path and an unnamed sender, MSG_PEEK then a real read, MSG_TRUNC returning the full length of a longer datagram, recvmmsg of three datagrams with their msg_len and names, a zero-length datagram, MSG_DONTWAIT on an empty socket; default and -s 4.
// compare-options:
// compare-options: -s 4
#define _GNU_SOURCE
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>
#define D "/tmp/lzp-h7-recv"
int main(void) {
  mkdir(D, 0700);
  int r = socket(AF_UNIX, SOCK_DGRAM, 0);
  struct sockaddr_un ra = {.sun_family = AF_UNIX};
  strcpy(ra.sun_path, D "/r");
  bind(r, (struct sockaddr *)&ra, sizeof ra);
  int w = socket(AF_UNIX, SOCK_DGRAM, 0);
  struct sockaddr_un wa = {.sun_family = AF_UNIX};
  strcpy(wa.sun_path, D "/w");
  bind(w, (struct sockaddr *)&wa, sizeof wa);
  int anon = socket(AF_UNIX, SOCK_DGRAM, 0);
  char buf[64];
  struct sockaddr_un from;
  socklen_t fl = sizeof from;
  sendto(w, "first message", 13, 0, (struct sockaddr *)&ra, sizeof ra);
  syscall(SYS_recvfrom, r, buf, 5, MSG_PEEK, &from, &fl);
  fl = sizeof from;
  syscall(SYS_recvfrom, r, buf, 5, MSG_TRUNC, &from, &fl);
  sendto(anon, "x", 1, 0, (struct sockaddr *)&ra, sizeof ra);
  fl = sizeof from;
  syscall(SYS_recvfrom, r, buf, sizeof buf, 0, &from, &fl);
  sendto(w, "", 0, 0, (struct sockaddr *)&ra, sizeof ra);
  fl = sizeof from;
  syscall(SYS_recvfrom, r, buf, sizeof buf, 0, &from, &fl);
  sendto(w, "one", 3, 0, (struct sockaddr *)&ra, sizeof ra);
  sendto(anon, "two!", 4, 0, (struct sockaddr *)&ra, sizeof ra);
  sendto(w, "three", 5, 0, (struct sockaddr *)&ra, sizeof ra);
  struct mmsghdr mm[4];
  struct iovec io[4];
  char bufs[4][16];
  struct sockaddr_un names[4];
  memset(mm, 0, sizeof mm);
  for (int i = 0; i < 4; i++) {
    io[i].iov_base = bufs[i];
    io[i].iov_len = 16;
    mm[i].msg_hdr.msg_iov = &io[i];
    mm[i].msg_hdr.msg_iovlen = 1;
    mm[i].msg_hdr.msg_name = &names[i];
    mm[i].msg_hdr.msg_namelen = sizeof names[i];
  }
  syscall(SYS_recvmmsg, r, mm, 4, MSG_DONTWAIT, 0);
  syscall(SYS_recvfrom, r, buf, sizeof buf, MSG_DONTWAIT, 0, 0);
  unlink(D "/r");
  unlink(D "/w");
  rmdir(D);
  return 0;
}
