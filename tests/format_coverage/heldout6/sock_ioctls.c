// Socket ioctls no earlier set tried: SIOCINQ/SIOCOUTQ/SIOCOUTQNSD on TCP and UDP sockets, SIOCGSTAMPNS_OLD, SIOCGIFMTU/SIOCGIFMETRIC/SIOCGIFTXQLEN/SIOCGIFADDR/SIOCGIFNETMASK/SIOCGIFBRDADDR/SIOCGIFDSTADDR on lo and a missing interface, SIOCGIFCOUNT, SIOCGIFPFLAGS, SIOCGMIIPHY, bad ifreq pointers; nothing is set.
#define _GNU_SOURCE
#include <linux/sockios.h>
#include <net/if.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
#define BAD 0xbad0000UL
int main(void) {
  int t = syscall(SYS_socket, AF_INET, SOCK_STREAM, 0);
  int u = syscall(SYS_socket, AF_INET, SOCK_DGRAM, 0);
  int n = 0;
  syscall(SYS_ioctl, t, SIOCINQ, &n);
  syscall(SYS_ioctl, t, SIOCOUTQ, &n);
  syscall(SYS_ioctl, t, SIOCOUTQNSD, &n);
  syscall(SYS_ioctl, u, SIOCINQ, &n);
  syscall(SYS_ioctl, u, SIOCOUTQ, &n);
  char ts[16];
  syscall(SYS_ioctl, u, SIOCGSTAMPNS, ts);
  struct ifreq ifr;
  unsigned long reqs[] = {SIOCGIFMTU, SIOCGIFMETRIC, SIOCGIFTXQLEN, SIOCGIFADDR, SIOCGIFNETMASK, SIOCGIFBRDADDR, SIOCGIFDSTADDR, SIOCGIFPFLAGS, SIOCGMIIPHY};
  for (unsigned i = 0; i < sizeof reqs / sizeof reqs[0]; i++) {
    memset(&ifr, 0, sizeof ifr);
    strcpy(ifr.ifr_name, "lo");
    syscall(SYS_ioctl, u, reqs[i], &ifr);
    strcpy(ifr.ifr_name, "nosuchif0");
    syscall(SYS_ioctl, u, reqs[i], &ifr);
  }
  syscall(SYS_ioctl, u, SIOCGIFCOUNT, &n);
  syscall(SYS_ioctl, u, SIOCGIFMTU, BAD);
  syscall(SYS_ioctl, u, SIOCGIFADDR, BAD);
  return 0;
}
