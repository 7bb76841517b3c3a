// sendmsg, recvmsg with control messages: SCM_RIGHTS with two fds, SCM_CREDENTIALS after SO_PASSCRED, a truncated control buffer.
#define _GNU_SOURCE
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
int main(void) {
  int sv[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
  char cb[CMSG_SPACE(2 * sizeof(int))];
  struct iovec v = {"x", 1};
  struct msghdr m = {0};
  m.msg_iov = &v; m.msg_iovlen = 1; m.msg_control = cb; m.msg_controllen = sizeof cb;
  struct cmsghdr* c = CMSG_FIRSTHDR(&m);
  c->cmsg_level = SOL_SOCKET; c->cmsg_type = SCM_RIGHTS; c->cmsg_len = CMSG_LEN(2 * sizeof(int));
  int fds[2] = {0, 1}; memcpy(CMSG_DATA(c), fds, sizeof fds);
  sendmsg(sv[0], &m, 0);
  char r[4], rc[64];
  struct iovec rv = {r, 4};
  struct msghdr n = {0};
  n.msg_iov = &rv; n.msg_iovlen = 1; n.msg_control = rc; n.msg_controllen = sizeof rc;
  recvmsg(sv[1], &n, MSG_CMSG_CLOEXEC);
  int one = 1;
  setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof one);
  send(sv[0], "y", 1, 0);
  n.msg_controllen = sizeof rc;
  recvmsg(sv[1], &n, 0);
  sendmsg(sv[0], &m, 0);
  n.msg_controllen = CMSG_LEN(sizeof(int));
  recvmsg(sv[1], &n, 0);
  return 0;
}
