// Network interface ioctls: SIOCGIFNAME, SIOCGIFINDEX, SIOCGIFCONF, SIOCGIFFLAGS.
#include <net/if.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
int main(void) {
  int s = socket(AF_INET, SOCK_DGRAM, 0); struct ifreq r; memset(&r, 0, sizeof r);
  r.ifr_ifindex = 1; ioctl(s, SIOCGIFNAME, &r);
  r.ifr_ifindex = 12345; ioctl(s, SIOCGIFNAME, &r);
  strcpy(r.ifr_name, "lo"); ioctl(s, SIOCGIFINDEX, &r);
  strcpy(r.ifr_name, "nonexist0"); ioctl(s, SIOCGIFINDEX, &r);
  strcpy(r.ifr_name, "lo"); ioctl(s, SIOCGIFFLAGS, &r);
  struct ifconf c; c.ifc_len = 0; c.ifc_buf = 0; ioctl(s, SIOCGIFCONF, &c);
  ioctl(s, SIOCGIFINDEX, (void*)0xbad0000);
  return 0;
}
