// socket: domains, types with SOCK_NONBLOCK/SOCK_CLOEXEC, protocols, unknown domains and types.
#include <linux/netlink.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_socket, AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_TCP);
  syscall(SYS_socket, AF_INET, SOCK_RAW, IPPROTO_ICMP);
  syscall(SYS_socket, AF_INET6, SOCK_DGRAM, IPPROTO_UDP);
  syscall(SYS_socket, AF_NETLINK, SOCK_RAW, NETLINK_KOBJECT_UEVENT);
  syscall(SYS_socket, AF_UNIX, SOCK_SEQPACKET, 0);
  syscall(SYS_socket, AF_INET, 99, 0);
  syscall(SYS_socket, 99, SOCK_STREAM, 0);
  syscall(SYS_socket, AF_INET, SOCK_STREAM, 1234);
  syscall(SYS_socket, AF_VSOCK, SOCK_STREAM, 0);
  syscall(SYS_socket, AF_ALG, SOCK_SEQPACKET, 0);
  syscall(SYS_socket, AF_INET, SOCK_DGRAM | 0x100, 0);
  return 0;
}
