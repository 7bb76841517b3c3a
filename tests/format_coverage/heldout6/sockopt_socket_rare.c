// SOL_SOCKET options no earlier set tried: SO_RCVBUF, SO_REUSEPORT, SO_MEMINFO's array, SO_PEERSEC, SO_PEERNAME, SO_PEERGROUPS, SO_SNDBUFFORCE, SO_RCVTIMEO_NEW, SO_BINDTOIFINDEX, SO_ATTACH_BPF with a bad fd, SO_NOFCS, SO_SELECT_ERR_QUEUE, with short and odd lengths.
#define _GNU_SOURCE
#include <linux/sockios.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
#define BAD 0xbad0000UL
int main(void) {
  int sv[2], v = 4096, big[16];
  socklen_t len;
  syscall(SYS_socketpair, AF_UNIX, SOCK_STREAM, 0, sv);
  int u = syscall(SYS_socket, AF_INET, SOCK_DGRAM, 0);
  syscall(SYS_setsockopt, u, SOL_SOCKET, SO_RCVBUF, &v, sizeof v);
  len = sizeof v; syscall(SYS_getsockopt, u, SOL_SOCKET, SO_RCVBUF, &v, &len);
  v = 1; syscall(SYS_setsockopt, u, SOL_SOCKET, SO_REUSEPORT, &v, sizeof v);
  len = 2; syscall(SYS_getsockopt, u, SOL_SOCKET, SO_REUSEPORT, &v, &len);
  len = sizeof big; syscall(SYS_getsockopt, u, SOL_SOCKET, SO_MEMINFO, big, &len);
  len = 8; syscall(SYS_getsockopt, u, SOL_SOCKET, SO_MEMINFO, big, &len);
  len = sizeof big; syscall(SYS_getsockopt, sv[0], SOL_SOCKET, SO_PEERSEC, big, &len);
  len = sizeof big; syscall(SYS_getsockopt, sv[0], SOL_SOCKET, SO_PEERNAME, big, &len);
  len = sizeof big; syscall(SYS_getsockopt, u, SOL_SOCKET, SO_PEERNAME, big, &len);
  len = sizeof big; syscall(SYS_getsockopt, sv[0], SOL_SOCKET, SO_PEERGROUPS, big, &len);
  len = 0; syscall(SYS_getsockopt, sv[0], SOL_SOCKET, SO_PEERGROUPS, big, &len);
  v = 65536; syscall(SYS_setsockopt, u, SOL_SOCKET, SO_SNDBUFFORCE, &v, sizeof v);
  long long tv[2] = {3, 500000};
  syscall(SYS_setsockopt, u, SOL_SOCKET, SO_RCVTIMEO_NEW, tv, sizeof tv);
  len = sizeof tv; syscall(SYS_getsockopt, u, SOL_SOCKET, SO_RCVTIMEO_NEW, tv, &len);
  v = 1; syscall(SYS_setsockopt, u, SOL_SOCKET, SO_BINDTOIFINDEX, &v, sizeof v);
  len = sizeof v; syscall(SYS_getsockopt, u, SOL_SOCKET, SO_BINDTOIFINDEX, &v, &len);
  v = -1; syscall(SYS_setsockopt, u, SOL_SOCKET, SO_ATTACH_BPF, &v, sizeof v);
  syscall(SYS_setsockopt, u, SOL_SOCKET, SO_ATTACH_BPF, BAD, 4);
  v = 1; syscall(SYS_setsockopt, u, SOL_SOCKET, SO_NOFCS, &v, sizeof v);
  syscall(SYS_setsockopt, u, SOL_SOCKET, SO_SELECT_ERR_QUEUE, &v, sizeof v);
  len = sizeof v; syscall(SYS_getsockopt, u, SOL_SOCKET, SO_SELECT_ERR_QUEUE, &v, &len);
  syscall(SYS_setsockopt, u, SOL_SOCKET, 999, &v, sizeof v);
  return 0;
}
