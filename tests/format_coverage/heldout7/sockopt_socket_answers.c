// getsockopt's answers at SOL_SOCKET on TCP, UDP and AF_UNIX sockets: SO_KEEPALIVE, SO_BROADCAST, SO_DONTROUTE, SO_OOBINLINE, SO_PASSCRED, SO_ACCEPTCONN, SO_PROTOCOL, SO_DOMAIN, SO_PRIORITY, SO_RCVLOWAT, SO_SNDLOWAT, SO_BUSY_POLL, SO_MARK, SO_TXTIME, SO_ZEROCOPY, SO_SELECT_ERR_QUEUE, SO_NOFCS, SO_PASSSEC, SO_WIFI_STATUS, SO_LOCK_FILTER, SO_INCOMING_NAPI_ID, SO_BINDTODEVICE; lengths 1, 2 and 8.
#define _GNU_SOURCE
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
#ifndef SO_TXTIME
#define SO_TXTIME 61
#endif
#ifndef SO_ZEROCOPY
#define SO_ZEROCOPY 60
#endif
#include "getsockopt_answer.h"
int main(void) {
  int t = socket(AF_INET, SOCK_STREAM, 0);
  int u = socket(AF_INET6, SOCK_DGRAM, 0);
  int x = socket(AF_UNIX, SOCK_SEQPACKET, 0);
  int names[] = {SO_KEEPALIVE, SO_BROADCAST, SO_DONTROUTE, SO_OOBINLINE, SO_PASSCRED, SO_ACCEPTCONN,
                 SO_PROTOCOL, SO_DOMAIN, SO_PRIORITY, SO_RCVLOWAT, SO_SNDLOWAT, SO_BUSY_POLL, SO_MARK,
                 SO_TXTIME, SO_ZEROCOPY, SO_SELECT_ERR_QUEUE, SO_NOFCS, SO_PASSSEC, SO_WIFI_STATUS,
                 SO_LOCK_FILTER, SO_INCOMING_NAPI_ID};
  for (unsigned i = 0; i < sizeof names / sizeof *names; i++) {
    get(t, SOL_SOCKET, names[i], 4);
    get(u, SOL_SOCKET, names[i], 4);
    get(x, SOL_SOCKET, names[i], 4);
  }
  get(t, SOL_SOCKET, SO_KEEPALIVE, 1);
  get(t, SOL_SOCKET, SO_PROTOCOL, 2);
  get(t, SOL_SOCKET, SO_DOMAIN, 8);
  get(t, SOL_SOCKET, SO_BINDTODEVICE, 16);
  get(t, SOL_SOCKET, SO_BINDTODEVICE, 0);
  listen(t, 1);
  get(t, SOL_SOCKET, SO_ACCEPTCONN, 4);
  return 0;
}
