// IPPROTO_TCP options no earlier set tried: TCP_REPAIR and its queue/options/window, TCP_CC_INFO, TCP_CONGESTION set by name (known, unknown, unterminated) and read with short lengths, TCP_ULP, TCP_MD5SIG with bad lengths, TCP_ZEROCOPY_RECEIVE, TCP_SAVED_SYN, TCP_INQ, TCP_TX_DELAY, TCP_FASTOPEN_CONNECT, TCP_TIMESTAMP.
#define _GNU_SOURCE
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int t = syscall(SYS_socket, AF_INET, SOCK_STREAM, 0);
  int v = 1;
  char buf[64];
  socklen_t len;
  syscall(SYS_setsockopt, t, IPPROTO_TCP, TCP_REPAIR, &v, sizeof v);
  v = TCP_SEND_QUEUE; syscall(SYS_setsockopt, t, IPPROTO_TCP, TCP_REPAIR_QUEUE, &v, sizeof v);
  len = sizeof v; syscall(SYS_getsockopt, t, IPPROTO_TCP, TCP_REPAIR_QUEUE, &v, &len);
  len = sizeof buf; syscall(SYS_getsockopt, t, IPPROTO_TCP, TCP_REPAIR_WINDOW, buf, &len);
  syscall(SYS_setsockopt, t, IPPROTO_TCP, TCP_REPAIR_OPTIONS, buf, 0);
  v = 0; syscall(SYS_setsockopt, t, IPPROTO_TCP, TCP_REPAIR, &v, sizeof v);
  len = sizeof buf; syscall(SYS_getsockopt, t, IPPROTO_TCP, TCP_CC_INFO, buf, &len);
  syscall(SYS_setsockopt, t, IPPROTO_TCP, TCP_CONGESTION, "reno", 4);
  syscall(SYS_setsockopt, t, IPPROTO_TCP, TCP_CONGESTION, "no-such-cc", 10);
  syscall(SYS_setsockopt, t, IPPROTO_TCP, TCP_CONGESTION, "cubicXYZ", 5);
  len = 3; syscall(SYS_getsockopt, t, IPPROTO_TCP, TCP_CONGESTION, buf, &len);
  len = sizeof buf; syscall(SYS_getsockopt, t, IPPROTO_TCP, TCP_CONGESTION, buf, &len);
  syscall(SYS_setsockopt, t, IPPROTO_TCP, TCP_ULP, "bogus", 5);
  len = sizeof buf; syscall(SYS_getsockopt, t, IPPROTO_TCP, TCP_ULP, buf, &len);
  syscall(SYS_setsockopt, t, IPPROTO_TCP, TCP_MD5SIG, buf, 3);
  len = sizeof buf; syscall(SYS_getsockopt, t, IPPROTO_TCP, TCP_ZEROCOPY_RECEIVE, buf, &len);
  len = sizeof buf; syscall(SYS_getsockopt, t, IPPROTO_TCP, TCP_SAVED_SYN, buf, &len);
  v = 1; syscall(SYS_setsockopt, t, IPPROTO_TCP, TCP_INQ, &v, sizeof v);
  len = sizeof v; syscall(SYS_getsockopt, t, IPPROTO_TCP, TCP_INQ, &v, &len);
  v = 1000; syscall(SYS_setsockopt, t, IPPROTO_TCP, TCP_TX_DELAY, &v, sizeof v);
  v = 1; syscall(SYS_setsockopt, t, IPPROTO_TCP, TCP_FASTOPEN_CONNECT, &v, sizeof v);
  len = sizeof v; syscall(SYS_getsockopt, t, IPPROTO_TCP, TCP_FASTOPEN_CONNECT, &v, &len);
  v = 12345; syscall(SYS_setsockopt, t, IPPROTO_TCP, TCP_TIMESTAMP, &v, sizeof v);
  syscall(SYS_setsockopt, t, IPPROTO_TCP, 99, &v, sizeof v);
  return 0;
}
