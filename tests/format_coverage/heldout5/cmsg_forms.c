// sendmsg/recvmsg control messages: SCM_RIGHTS then SCM_CREDENTIALS in one buffer, a cmsg_len past the buffer, an unknown SOL_SOCKET type, input msg_flags, MSG_CTRUNC and MSG_TRUNC results, a name on a connected pair.
#define _GNU_SOURCE
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>
int main(void) {
  int sv[2], one = 1;
  socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
  setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof one);
  union { char b[CMSG_SPACE(sizeof(int)) + CMSG_SPACE(sizeof(struct ucred))]; struct cmsghdr a; } cb;
  memset(&cb, 0, sizeof cb);
  struct iovec v = {"hello", 5};
  struct msghdr m = {0};
  m.msg_iov = &v; m.msg_iovlen = 1; m.msg_control = cb.b; m.msg_controllen = sizeof cb.b;
  m.msg_flags = MSG_DONTWAIT | MSG_EOR;
  struct cmsghdr* c = CMSG_FIRSTHDR(&m);
  c->cmsg_level = SOL_SOCKET; c->cmsg_type = SCM_RIGHTS; c->cmsg_len = CMSG_LEN(sizeof(int));
  int fd0 = 0;
  memcpy(CMSG_DATA(c), &fd0, sizeof fd0);
  c = CMSG_NXTHDR(&m, c);
  c->cmsg_level = SOL_SOCKET; c->cmsg_type = SCM_CREDENTIALS; c->cmsg_len = CMSG_LEN(sizeof(struct ucred));
  struct ucred u = {getpid(), 0, 0};
  memcpy(CMSG_DATA(c), &u, sizeof u);
  syscall(SYS_sendmsg, sv[0], &m, 0);
  char r[2], rc[256];
  struct iovec rv = {r, sizeof r};
  struct msghdr n = {0};
  n.msg_iov = &rv; n.msg_iovlen = 1; n.msg_control = rc; n.msg_controllen = CMSG_SPACE(sizeof(int)) + 4;
  syscall(SYS_recvmsg, sv[1], &n, MSG_PEEK | MSG_TRUNC);
  n.msg_controllen = sizeof rc;
  syscall(SYS_recvmsg, sv[1], &n, MSG_CMSG_CLOEXEC);
  u.pid = 12345;
  memcpy(CMSG_DATA(CMSG_NXTHDR(&m, CMSG_FIRSTHDR(&m))), &u, sizeof u);
  c = CMSG_FIRSTHDR(&m);
  c->cmsg_len = sizeof cb.b + 8;
  syscall(SYS_sendmsg, sv[0], &m, 0);
  c->cmsg_len = CMSG_LEN(sizeof(int)); c->cmsg_type = 77;
  syscall(SYS_sendmsg, sv[0], &m, 0);
  c->cmsg_len = 4;
  syscall(SYS_sendmsg, sv[0], &m, 0);
  struct sockaddr_un a = {AF_UNIX, "lzp-h5-none"};
  m.msg_name = &a; m.msg_namelen = sizeof a; m.msg_control = NULL; m.msg_controllen = 0;
  syscall(SYS_sendmsg, sv[0], &m, MSG_NOSIGNAL);
  m.msg_name = NULL; m.msg_namelen = 0; m.msg_iov = NULL; m.msg_iovlen = 0;
  syscall(SYS_sendmsg, sv[0], &m, 0);
  syscall(SYS_recvmsg, sv[1], &n, MSG_DONTWAIT);
  syscall(SYS_recvmsg, sv[1], &n, MSG_DONTWAIT | MSG_ERRQUEUE);
  return 0;
}
