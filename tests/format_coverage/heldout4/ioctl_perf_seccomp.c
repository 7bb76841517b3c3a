// perf_event and seccomp-notify and kvm-style ioctls on the wrong fds (ENOTTY/EINVAL): each request's argument shape.
#include <fcntl.h>
#include <linux/perf_event.h>
#include <linux/seccomp.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <unistd.h>
int main(void) {
  int f = open("/tmp/lzp-h4-perf", O_RDWR | O_CREAT | O_TRUNC, 0600);
  uint64_t id = 0;
  ioctl(f, PERF_EVENT_IOC_ENABLE, 0);
  ioctl(f, PERF_EVENT_IOC_DISABLE, PERF_IOC_FLAG_GROUP);
  ioctl(f, PERF_EVENT_IOC_RESET, 0);
  ioctl(f, PERF_EVENT_IOC_REFRESH, 3);
  ioctl(f, PERF_EVENT_IOC_PERIOD, &id);
  ioctl(f, PERF_EVENT_IOC_SET_OUTPUT, -1);
  ioctl(f, PERF_EVENT_IOC_SET_FILTER, "filter");
  ioctl(f, PERF_EVENT_IOC_ID, &id);
  ioctl(f, PERF_EVENT_IOC_SET_BPF, 7);
  ioctl(f, PERF_EVENT_IOC_PAUSE_OUTPUT, 1);
  ioctl(f, PERF_EVENT_IOC_MODIFY_ATTRIBUTES, (void*)0xbad0000);
  ioctl(f, SECCOMP_IOCTL_NOTIF_RECV, (void*)0xbad0000);
  ioctl(f, SECCOMP_IOCTL_NOTIF_ID_VALID, &id);
  uint64_t resp[3] = {5, (uint64_t)-1, 0x100000001ULL};
  ioctl(f, SECCOMP_IOCTL_NOTIF_SEND, resp);
  ioctl(f, 0xAE00, 0);
  close(f);
  unlink("/tmp/lzp-h4-perf");
  return 0;
}
