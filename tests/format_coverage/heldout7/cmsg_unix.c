// recvmsg with control messages on AF_UNIX: SCM_RIGHTS of one and three fds, SCM_CREDENTIALS with SO_PASSCRED, both in one message, a control buffer too short (MSG_CTRUNC), MSG_CMSG_CLOEXEC, msg_controllen 0; sendmsg with a cmsg of unknown type and level.
#define _GNU_SOURCE
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>
static void send_fds(int s, int *fds, int n, int creds) {
  char ctl[CMSG_SPACE(sizeof(int) * 3) + CMSG_SPACE(sizeof(struct ucred))];
  memset(ctl, 0, sizeof ctl);
  struct iovec io = {"x", 1};
  struct msghdr m = {.msg_iov = &io, .msg_iovlen = 1, .msg_control = ctl};
  struct cmsghdr *c = (struct cmsghdr *)ctl;
  size_t len = 0;
  if (n) {
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int) * n);
    memcpy(CMSG_DATA(c), fds, sizeof(int) * n);
    len += CMSG_SPACE(sizeof(int) * n);
    c = (struct cmsghdr *)(ctl + len);
  }
  if (creds) {
    struct ucred u = {getpid(), getuid(), getgid()};
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_CREDENTIALS;
    c->cmsg_len = CMSG_LEN(sizeof u);
    memcpy(CMSG_DATA(c), &u, sizeof u);
    len += CMSG_SPACE(sizeof u);
  }
  m.msg_controllen = len;
  syscall(SYS_sendmsg, s, &m, 0);
}
static void receive(int s, int ctllen, int flags) {
  char data[8];
  char ctl[256];
  struct iovec io = {data, sizeof data};
  struct msghdr m = {.msg_iov = &io, .msg_iovlen = 1, .msg_control = ctllen ? ctl : 0, .msg_controllen = ctllen};
  syscall(SYS_recvmsg, s, &m, flags);
}
int main(void) {
  int sp[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, sp);
  int fds[3] = {0, 1, 2};
  send_fds(sp[0], fds, 1, 0);
  receive(sp[1], 256, 0);
  send_fds(sp[0], fds, 3, 0);
  receive(sp[1], 256, MSG_CMSG_CLOEXEC);
  send_fds(sp[0], fds, 3, 0);
  receive(sp[1], CMSG_SPACE(sizeof(int)), 0);
  send_fds(sp[0], fds, 1, 0);
  receive(sp[1], 0, 0);
  int on = 1;
  setsockopt(sp[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof on);
  send_fds(sp[0], fds, 0, 0);
  receive(sp[1], 256, 0);
  send_fds(sp[0], fds, 2, 1);
  receive(sp[1], 256, 0);
  send_fds(sp[0], fds, 0, 1);
  receive(sp[1], 20, 0);
  char ctl[CMSG_SPACE(4)];
  memset(ctl, 0, sizeof ctl);
  struct cmsghdr *c = (struct cmsghdr *)ctl;
  c->cmsg_len = CMSG_LEN(4);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = 77;
  struct iovec io = {"y", 1};
  struct msghdr m = {.msg_iov = &io, .msg_iovlen = 1, .msg_control = ctl, .msg_controllen = sizeof ctl};
  syscall(SYS_sendmsg, sp[0], &m, 0);
  c->cmsg_level = 300;
  syscall(SYS_sendmsg, sp[0], &m, 0);
  for (int i = 3; i < 20; i++)
    if (i != sp[0] && i != sp[1]) close(i);
  return 0;
}
