/* Golden program: sockets over loopback and AF_UNIX. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int main(void) {
  int u = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  struct sockaddr_un un;
  memset(&un, 0, sizeof(un));
  un.sun_family = AF_UNIX;
  strcpy(un.sun_path, "/nonexistent/socket");
  connect(u, (struct sockaddr*)&un, sizeof(un));
  close(u);
  int sv[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
  send(sv[0], "ping", 4, 0);
  char buf[16];
  recv(sv[1], buf, sizeof(buf), MSG_DONTWAIT);
  recv(sv[1], buf, sizeof(buf), MSG_DONTWAIT);
  close(sv[0]);
  close(sv[1]);
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in in;
  memset(&in, 0, sizeof(in));
  in.sin_family = AF_INET;
  in.sin_port = htons(9);
  in.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  sendto(s, "x", 1, 0, (struct sockaddr*)&in, sizeof(in));
  shutdown(s, SHUT_RDWR);
  close(s);
  /* sendmsg/recvmsg: iovecs, an fd passed in SCM_RIGHTS, the address length
   * the kernel rewrites, a failure before and after the struct is read. */
  int pair[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, pair);
  char text[] = "hello";
  struct iovec iov[2] = {{text, 5}, {text, 3}};
  struct msghdr m;
  memset(&m, 0, sizeof(m));
  m.msg_iov = iov;
  m.msg_iovlen = 2;
  sendmsg(pair[0], &m, 0);
  union { char bytes[CMSG_SPACE(sizeof(int))]; struct cmsghdr align; } control;
  memset(&control, 0, sizeof(control));
  m.msg_control = control.bytes;
  m.msg_controllen = sizeof(control.bytes);
  struct cmsghdr* c = CMSG_FIRSTHDR(&m);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int));
  int passed = 1;
  memcpy(CMSG_DATA(c), &passed, sizeof(passed));
  sendmsg(pair[0], &m, MSG_DONTWAIT);
  char in_buf[64], in_control[64];
  struct iovec in_iov = {in_buf, sizeof(in_buf)};
  struct msghdr r;
  memset(&r, 0, sizeof(r));
  r.msg_iov = &in_iov;
  r.msg_iovlen = 1;
  recvmsg(pair[1], &r, 0);
  struct sockaddr_un from;
  r.msg_name = &from;
  r.msg_namelen = sizeof(from);
  r.msg_control = in_control;
  r.msg_controllen = sizeof(in_control);
  recvmsg(pair[1], &r, MSG_CMSG_CLOEXEC);
  recvmsg(pair[1], &r, MSG_DONTWAIT);
  sendmsg(pair[0], (struct msghdr*)16, 0);
  sendmsg(-1, &m, 0);
  /* Several messages at once. */
  struct mmsghdr out_msgs[2], in_msgs[3];
  memset(out_msgs, 0, sizeof(out_msgs));
  memset(in_msgs, 0, sizeof(in_msgs));
  struct iovec first = {"one", 3}, second = {"three", 5}, into[3] = {{buf, 8}, {buf + 8, 8}, {buf, 8}};
  out_msgs[0].msg_hdr.msg_iov = &first;
  out_msgs[0].msg_hdr.msg_iovlen = 1;
  out_msgs[1].msg_hdr.msg_iov = &second;
  out_msgs[1].msg_hdr.msg_iovlen = 1;
  sendmmsg(pair[0], out_msgs, 2, 0);
  for (int k = 0; k < 3; ++k) {
    in_msgs[k].msg_hdr.msg_iov = &into[k];
    in_msgs[k].msg_hdr.msg_iovlen = 1;
  }
  recvmmsg(pair[1], in_msgs, 3, MSG_DONTWAIT, NULL);
  recvmmsg(pair[1], in_msgs, 3, MSG_DONTWAIT, NULL);
  sendmmsg(pair[0], (struct mmsghdr*)16, 1, 0);
  /* Socket options: ints, structs, unknown names, short and bad values. */
  int t = socket(AF_INET, SOCK_STREAM, 0), one = 1, value = 0;
  socklen_t len = sizeof(value);
  setsockopt(t, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
  setsockopt(t, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
  struct linger lg = {1, 5};
  setsockopt(t, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
  getsockopt(t, SOL_SOCKET, SO_TYPE, &value, &len);
  len = 8;
  getsockopt(t, SOL_SOCKET, SO_ERROR, &value, &len);
  len = sizeof(lg);
  getsockopt(t, SOL_SOCKET, SO_LINGER, &lg, &len);
  setsockopt(t, SOL_SOCKET, 9999, &one, sizeof(one));
  setsockopt(t, SOL_SOCKET, SO_REUSEADDR, &one, 2);
  setsockopt(t, SOL_SOCKET, SO_BINDTODEVICE, "nosuchdev", 9);
  setsockopt(t, SOL_SOCKET, SO_REUSEADDR, (void*)16, 4);
  setsockopt(t, IPPROTO_IP, IP_TOS, &one, sizeof(one));
  /* A listening socket, a connection, and the lengths the kernel rewrites. */
  struct sockaddr_in any;
  memset(&any, 0, sizeof(any));
  any.sin_family = AF_INET;
  any.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(t, (struct sockaddr*)&any, sizeof(any));
  listen(t, 1);
  len = sizeof(any);
  getsockname(t, (struct sockaddr*)&any, &len);
  int client = socket(AF_INET, SOCK_STREAM, 0);
  connect(client, (struct sockaddr*)&any, sizeof(any));
  struct sockaddr_storage peer;
  len = sizeof(peer);
  int conn = accept(t, (struct sockaddr*)&peer, &len);
  int ep = epoll_create1(EPOLL_CLOEXEC);
  struct epoll_event want = {.events = EPOLLIN, .data.u64 = 7};
  epoll_ctl(ep, EPOLL_CTL_ADD, conn, &want);
  struct epoll_event got[4];
  epoll_wait(ep, got, 4, 0);
  write(client, "x", 1);
  epoll_wait(ep, got, 4, 100);
  close(ep);
  len = sizeof(peer);
  recvfrom(conn, buf, 1, 0, (struct sockaddr*)&peer, &len);
  close(conn);
  close(client);
  close(t);
  return 0;
}
