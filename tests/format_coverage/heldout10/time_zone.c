// Time zone probes: localtime with TZ unset (/etc/localtime read), TZ naming a zone file that does not exist (the zoneinfo path probed, UTC used), TZ=":UTC" (a file), a POSIX TZ string (no file), tzset, mktime, strftime; clocks through the vDSO are not shown.
// compare-options:
// compare-options: -s 0 -e trace=openat,read,munmap
// compare-options: -yy -X raw
#include "h10.h"
#include <time.h>
int main(void) {
  time_t t = 1700000000;
  struct tm tm;
  char b[64];
  localtime_r(&t, &tm);
  setenv("TZ", "Lzp/Nowhere", 1);
  tzset();
  localtime_r(&t, &tm);
  setenv("TZ", ":UTC", 1);
  tzset();
  mktime(&tm);
  setenv("TZ", "EST5EDT,M3.2.0,M11.1.0", 1);
  tzset();
  strftime(b, sizeof b, "%c %Z", localtime_r(&t, &tm));
  return 0;
}
