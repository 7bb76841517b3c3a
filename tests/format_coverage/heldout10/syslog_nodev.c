// syslog(3) with no /dev/log: openlog with LOG_NDELAY (a datagram socket, connect to /dev/log fails, closed), syslog(LOG_INFO) (the socket tried again), setlogmask, closelog; the time zone read for the message's stamp.
// compare-options:
// compare-options: -yy
// compare-options: -e raw=socket,connect -e trace=%network,close,munmap
#include "h10.h"
#include <syslog.h>
int main(void) {
  openlog("lzp-h10", LOG_NDELAY, LOG_USER);
  syslog(LOG_INFO, "hello %d", 1);
  setlogmask(LOG_UPTO(LOG_ERR));
  syslog(LOG_DEBUG, "masked");
  closelog();
  return 0;
}
