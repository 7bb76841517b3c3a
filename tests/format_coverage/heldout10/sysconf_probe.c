// sysconf's probes: _SC_NPROCESSORS_ONLN (/sys/devices/system/cpu/online read), _SC_NPROCESSORS_CONF, _SC_OPEN_MAX and _SC_CHILD_MAX (prlimit64), _SC_ARG_MAX, _SC_PAGESIZE (no call), _SC_MINSIGSTKSZ; get_nprocs; statvfs of /proc and fstatvfs of /sys (their counts fixed); getloadavg under -s 0 only (its text varies); sysinfo, whose counts vary, is hidden.
// compare-options: -e trace=!read,sysinfo
// compare-options: -s 0 -e trace=!sysinfo
// compare-options: -e trace=!read,sysinfo -a 60 -e verbose=none
#include "h10.h"
#include <sys/statvfs.h>
#include <sys/sysinfo.h>
int main(void) {
  sysconf(_SC_NPROCESSORS_ONLN);
  sysconf(_SC_NPROCESSORS_CONF);
  sysconf(_SC_OPEN_MAX);
  sysconf(_SC_CHILD_MAX);
  sysconf(_SC_ARG_MAX);
  sysconf(_SC_PAGESIZE);
  get_nprocs();
  struct statvfs v;
  statvfs("/proc", &v);
  int fd = open("/sys", O_RDONLY | O_DIRECTORY);
  fstatvfs(fd, &v);
  close(fd);
  double l[3];
  getloadavg(l, 3);
  return 0;
}
