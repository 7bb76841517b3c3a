// getifaddrs and if_nameindex over netlink in a new network namespace (only lo, down, counters zero): unshare(CLONE_NEWNET), the NETLINK_ROUTE socket, bind, getsockname, sendto RTM_GETLINK/RTM_GETADDR dumps and the recvmsg replies; if_nametoindex("lo") (an ioctl on a socket).
// compare-options:
// compare-options: -yy -s 16
// compare-options: -X verbose -e trace=socket,bind,sendto,ioctl,close,munmap
#include "h10.h"
#include <ifaddrs.h>
#include <net/if.h>
#include <sched.h>
int main(void) {
  if (unshare(CLONE_NEWNET)) return 1;
  struct ifaddrs *a;
  if (getifaddrs(&a) == 0) freeifaddrs(a);
  struct if_nameindex *n = if_nameindex();
  if (n) if_freenameindex(n);
  if_nametoindex("lo");
  if_nametoindex("lzp0");
  return 0;
}
