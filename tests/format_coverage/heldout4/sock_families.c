// Socket families lzptrace rarely sees: EAFNOSUPPORT domains, and connect/bind/sendto with addresses of unusual families and lengths.
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
int main(void) {
  socket(AF_AX25, SOCK_SEQPACKET, 0);
  socket(AF_IPX, SOCK_DGRAM, 0);
  socket(AF_APPLETALK, SOCK_DGRAM, 0);
  socket(AF_X25, SOCK_SEQPACKET, 0);
  socket(AF_DECnet, SOCK_STREAM, 0);
  socket(AF_IRDA, SOCK_STREAM, 0);
  socket(AF_BLUETOOTH, SOCK_RAW, 1);
  socket(AF_CAN, SOCK_RAW, 1);
  socket(AF_TIPC, SOCK_RDM, 0);
  socket(AF_RDS, SOCK_SEQPACKET, 0);
  socket(AF_XDP, SOCK_RAW, 0);
  socket(AF_MCTP, SOCK_DGRAM, 0);
  socket(AF_KCM, SOCK_DGRAM, 0);
  socket(AF_QIPCRTR, SOCK_DGRAM, 0);
  socket(46, SOCK_DGRAM, 0);
  socket(AF_MAX, SOCK_DGRAM, 0);
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  unsigned char raw[32];
  memset(raw, 0x41, sizeof raw);
  struct sockaddr* a = (struct sockaddr*)raw;
  a->sa_family = AF_AX25;
  connect(s, a, 16);
  a->sa_family = AF_IPX;
  connect(s, a, 16);
  a->sa_family = AF_BLUETOOTH;
  connect(s, a, 14);
  a->sa_family = AF_CAN;
  connect(s, a, 24);
  a->sa_family = AF_TIPC;
  connect(s, a, 16);
  a->sa_family = AF_XDP;
  bind(s, a, 16);
  a->sa_family = 200;
  sendto(s, "x", 1, 0, a, 20);
  a->sa_family = AF_UNSPEC;
  connect(s, a, 16);
  connect(s, a, 2);
  connect(s, a, 1);
  return 0;
}
