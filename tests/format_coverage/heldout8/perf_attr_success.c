// perf_event_open that succeeds: software events on the program itself with attribute sizes of versions 0, 5 and 7 and the header's own, disabled and exclusion bits, sample_type and read_format sets, a group leader and member, FD_CLOEXEC; enable/disable/reset ioctls; plainly and under -v.
// compare-options:
// compare-options: -v
#define _GNU_SOURCE
#include <linux/perf_event.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>
static int open_ev(unsigned size, unsigned long long config, int group, unsigned long flags, int disabled, unsigned long long st, unsigned long long rf) {
  struct perf_event_attr a;
  memset(&a, 0, sizeof a);
  a.type = PERF_TYPE_SOFTWARE;
  a.size = size;
  a.config = config;
  a.disabled = disabled;
  a.exclude_kernel = 1;
  a.exclude_hv = 1;
  a.sample_type = st;
  a.read_format = rf;
  return syscall(SYS_perf_event_open, &a, 0, -1, group, flags);
}
int main(void) {
  int a = open_ev(PERF_ATTR_SIZE_VER0, PERF_COUNT_SW_TASK_CLOCK, -1, 0, 1, 0, 0);
  int b = open_ev(PERF_ATTR_SIZE_VER5, PERF_COUNT_SW_PAGE_FAULTS, -1, PERF_FLAG_FD_CLOEXEC, 1,
                  PERF_SAMPLE_IP | PERF_SAMPLE_TID | PERF_SAMPLE_TIME, PERF_FORMAT_TOTAL_TIME_ENABLED | PERF_FORMAT_GROUP);
  int c = open_ev(PERF_ATTR_SIZE_VER7, PERF_COUNT_SW_CONTEXT_SWITCHES, b, 0, 0, 0, PERF_FORMAT_ID);
  int d = open_ev(sizeof(struct perf_event_attr), PERF_COUNT_SW_DUMMY, -1, PERF_FLAG_FD_CLOEXEC, 0, PERF_SAMPLE_CALLCHAIN, 0);
  syscall(SYS_ioctl, b, PERF_EVENT_IOC_ENABLE, PERF_IOC_FLAG_GROUP);
  syscall(SYS_ioctl, b, PERF_EVENT_IOC_DISABLE, 0);
  syscall(SYS_ioctl, a, PERF_EVENT_IOC_RESET, 0);
  syscall(SYS_close, d);
  syscall(SYS_close, c);
  syscall(SYS_close, b);
  syscall(SYS_close, a);
  return 0;
}
