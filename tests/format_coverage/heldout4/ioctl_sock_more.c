// Socket ioctls: interface addresses and hardware address of lo, queue lengths, the out-of-band mark, timestamps, bad requests.
#include <net/if.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <linux/sockios.h>
#include <unistd.h>
int main(void) {
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  struct ifreq r;
  memset(&r, 0, sizeof r);
  strcpy(r.ifr_name, "lo");
  ioctl(s, SIOCGIFADDR, &r);
  ioctl(s, SIOCGIFNETMASK, &r);
  ioctl(s, SIOCGIFBRDADDR, &r);
  ioctl(s, SIOCGIFDSTADDR, &r);
  ioctl(s, SIOCGIFHWADDR, &r);
  ioctl(s, SIOCGIFMETRIC, &r);
  ioctl(s, SIOCGIFTXQLEN, &r);
  ioctl(s, SIOCGIFMAP, &r);
  strcpy(r.ifr_name, "nosuchif0");
  ioctl(s, SIOCGIFADDR, &r);
  ioctl(s, SIOCGIFHWADDR, (void*)0xbad0000);
  int n = 0;
  ioctl(s, SIOCINQ, &n);
  ioctl(s, SIOCOUTQ, &n);
  ioctl(s, SIOCATMARK, &n);
  ioctl(s, SIOCGSTAMP, &n);
  ioctl(s, SIOCGPGRP, &n);
  n = 0;
  ioctl(s, SIOCSPGRP, &n);
  ioctl(s, SIOCGIFCOUNT, &n);
  ioctl(s, SIOCGIFPFLAGS, &r);
  return 0;
}
