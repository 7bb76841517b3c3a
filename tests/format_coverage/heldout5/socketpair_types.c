// socketpair: SOCK_SEQPACKET with CLOEXEC and NONBLOCK, DGRAM, RAW, unknown types and flag bits, protocols, families that have no pairs, bad result pointers.
#define _GNU_SOURCE
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int sv[2];
  syscall(SYS_socketpair, AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, sv);
  syscall(SYS_socketpair, AF_UNIX, SOCK_DGRAM, 0, sv);
  syscall(SYS_socketpair, AF_UNIX, SOCK_RAW, 0, sv);
  syscall(SYS_socketpair, AF_UNIX, SOCK_RDM, 0, sv);
  syscall(SYS_socketpair, AF_UNIX, 0xff, 0, sv);
  syscall(SYS_socketpair, AF_UNIX, SOCK_STREAM | 0x100, 0, sv);
  syscall(SYS_socketpair, AF_UNIX, SOCK_STREAM, 1, sv);
  syscall(SYS_socketpair, AF_INET, SOCK_STREAM, 0, sv);
  syscall(SYS_socketpair, AF_INET6, SOCK_DGRAM, 17, sv);
  syscall(SYS_socketpair, AF_NETLINK, SOCK_RAW, 0, sv);
  syscall(SYS_socketpair, 200, SOCK_STREAM, 0, sv);
  syscall(SYS_socketpair, -1, SOCK_STREAM, 0, sv);
  syscall(SYS_socketpair, AF_UNIX, SOCK_STREAM, 0, (void*)0xbad0000);
  syscall(SYS_socketpair, AF_UNIX, SOCK_STREAM, 0, NULL);
  return 0;
}
