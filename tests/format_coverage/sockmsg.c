// socketpair, sendmsg/recvmsg with rights, sendto/recvfrom flags, shutdown.
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
int main(void) {
  int sv[2]; socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv); int bad[2]; socketpair(AF_INET, SOCK_STREAM, 0, bad);
  char b[8] = "hello"; struct iovec io = {b, 5}; struct msghdr m; memset(&m, 0, sizeof m); m.msg_iov = &io; m.msg_iovlen = 1;
  sendmsg(sv[0], &m, MSG_DONTWAIT); recvmsg(sv[1], &m, MSG_PEEK); recvmsg(sv[1], &m, 0);
  sendto(sv[0], b, 3, MSG_NOSIGNAL | MSG_MORE, NULL, 0); recvfrom(sv[1], b, 8, MSG_DONTWAIT, NULL, NULL);
  recvfrom(sv[1], b, 8, MSG_DONTWAIT, NULL, NULL); shutdown(sv[0], SHUT_WR); shutdown(sv[0], 7); sendmsg(-1, &m, 0);
  return 0;
}
