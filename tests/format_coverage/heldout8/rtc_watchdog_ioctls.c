// RTC and watchdog ioctls on /dev/null, where each fails with ENOTTY: RTC_RD_TIME, RTC_SET_TIME and RTC_ALM_SET with a struct rtc_time, RTC_WKALM_SET, RTC_IRQP_SET, RTC_EPOCH_SET, RTC_AIE_ON, RTC_PARAM_GET; WDIOC_GETSUPPORT, WDIOC_SETTIMEOUT, WDIOC_GETTIMEOUT, WDIOC_KEEPALIVE, WDIOC_SETOPTIONS, WDIOC_GETSTATUS.
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/rtc.h>
#include <linux/watchdog.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int fd = syscall(SYS_openat, AT_FDCWD, "/dev/null", O_RDWR);
  struct rtc_time t = {5, 4, 3, 2, 1, 120, 0, 0, 0};
  syscall(SYS_ioctl, fd, RTC_RD_TIME, &t);
  syscall(SYS_ioctl, fd, RTC_SET_TIME, &t);
  syscall(SYS_ioctl, fd, RTC_ALM_SET, &t);
  struct rtc_wkalrm w;
  memset(&w, 0, sizeof w);
  w.enabled = 1;
  w.time = t;
  syscall(SYS_ioctl, fd, RTC_WKALM_SET, &w);
  syscall(SYS_ioctl, fd, RTC_IRQP_SET, 64);
  syscall(SYS_ioctl, fd, RTC_EPOCH_SET, 1900);
  syscall(SYS_ioctl, fd, RTC_AIE_ON, 0);
  struct rtc_param p;
  memset(&p, 0, sizeof p);
  p.param = RTC_PARAM_FEATURES;
  syscall(SYS_ioctl, fd, RTC_PARAM_GET, &p);
  struct watchdog_info wi;
  syscall(SYS_ioctl, fd, WDIOC_GETSUPPORT, &wi);
  int v = 30;
  syscall(SYS_ioctl, fd, WDIOC_SETTIMEOUT, &v);
  syscall(SYS_ioctl, fd, WDIOC_GETTIMEOUT, &v);
  syscall(SYS_ioctl, fd, WDIOC_KEEPALIVE, 0);
  v = WDIOS_DISABLECARD;
  syscall(SYS_ioctl, fd, WDIOC_SETOPTIONS, &v);
  syscall(SYS_ioctl, fd, WDIOC_GETSTATUS, &v);
  syscall(SYS_close, fd);
  return 0;
}
