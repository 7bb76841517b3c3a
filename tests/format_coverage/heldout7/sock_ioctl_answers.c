// Socket ioctls that answer: FIONREAD/SIOCINQ on a stream and a datagram socket with data queued, SIOCOUTQ, SIOCATMARK, SIOCGIFCONF with a full buffer (every interface's name and address) and a buffer for one entry, SIOCGIFHWADDR/SIOCGIFINDEX/SIOCGIFFLAGS of lo, FIONBIO on and off.
#define _GNU_SOURCE
#include <net/if.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/sockios.h>
int main(void) {
  int sp[2], dp[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, sp);
  socketpair(AF_UNIX, SOCK_DGRAM, 0, dp);
  write(sp[0], "hello", 5);
  write(dp[0], "abc", 3);
  write(dp[0], "defgh", 5);
  int n;
  syscall(SYS_ioctl, sp[1], FIONREAD, &n);
  syscall(SYS_ioctl, dp[1], FIONREAD, &n);
  syscall(SYS_ioctl, sp[0], SIOCOUTQ, &n);
  int in = socket(AF_INET, SOCK_STREAM, 0);
  syscall(SYS_ioctl, in, SIOCATMARK, &n);
  int u = socket(AF_INET, SOCK_DGRAM, 0);
  struct ifreq rq[16];
  struct ifconf ic = {.ifc_len = sizeof rq, .ifc_req = rq};
  syscall(SYS_ioctl, u, SIOCGIFCONF, &ic);
  ic.ifc_len = sizeof rq[0];
  syscall(SYS_ioctl, u, SIOCGIFCONF, &ic);
  struct ifreq r;
  memset(&r, 0, sizeof r);
  strcpy(r.ifr_name, "lo");
  syscall(SYS_ioctl, u, SIOCGIFHWADDR, &r);
  syscall(SYS_ioctl, u, SIOCGIFINDEX, &r);
  syscall(SYS_ioctl, u, SIOCGIFFLAGS, &r);
  int on = 1;
  syscall(SYS_ioctl, sp[0], FIONBIO, &on);
  on = 0;
  syscall(SYS_ioctl, sp[0], FIONBIO, &on);
  return 0;
}
